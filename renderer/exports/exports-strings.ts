import { featureStrings } from '../i18n/strings';

export const exportsStrings = featureStrings(
  {
    title: 'Export',
  } as const,
  {
    title: '导出',
  },
);
