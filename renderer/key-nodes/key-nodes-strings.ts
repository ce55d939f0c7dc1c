import { featureStrings } from '../i18n/strings';

export const keyNodesStrings = featureStrings(
  {
    title: 'Key nodes',
  } as const,
  {
    title: '关键节点',
  },
);
