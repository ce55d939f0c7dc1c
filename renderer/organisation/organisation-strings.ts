import { featureStrings } from '../i18n/strings';

export const organisationStrings = featureStrings(
  {
    title: 'Organisation',
    intro: 'Departments become swimlanes; departments and positions are the parties of the RACI matrix.',
  } as const,
  {
    title: '组织架构',
    intro: '部门对应泳道；部门和岗位是 RACI 矩阵中的角色。',
  },
);
