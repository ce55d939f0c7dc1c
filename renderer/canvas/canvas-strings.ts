import { featureStrings } from '../i18n/strings';

export const canvasStrings = featureStrings(
  {
    title: 'Diagram',
  } as const,
  {
    title: '泳道图',
  },
);
