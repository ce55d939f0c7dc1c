import { featureStrings } from '../i18n/strings';

export const raciStrings = featureStrings(
  {
    title: 'RACI matrix',
  } as const,
  {
    title: 'RACI 矩阵',
  },
);
