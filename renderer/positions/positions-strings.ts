import { featureStrings } from '../i18n/strings';

export const positionsStrings = featureStrings(
  {
    title: 'Positions',
    add: 'Add position',
    department: 'Department',
    name: 'Position name',
    needDepartment: 'Add a department first; positions belong to a department.',
    noneInDepartment: 'No positions',
  } as const,
  {
    title: '岗位',
    add: '添加岗位',
    department: '部门',
    name: '岗位名称',
    needDepartment: '请先添加部门；岗位隶属于部门。',
    noneInDepartment: '暂无岗位',
  },
);
