import { featureStrings } from '../i18n/strings';

export const findingsStrings = featureStrings(
  {
    title: 'Findings',
  } as const,
  {
    title: '检查结果',
  },
);
