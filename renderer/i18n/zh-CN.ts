import { canvasStrings } from '../canvas/canvas-strings';
import { exportsStrings } from '../exports/exports-strings';
import { findingsStrings } from '../findings/findings-strings';
import { keyNodesStrings } from '../key-nodes/key-nodes-strings';
import { raciStrings } from '../raci-grid/raci-grid-strings';
import type { Messages } from './en';

/** 简体中文界面文字。键必须与 en.ts 完全一致。 */
export const zhCN: Messages = {
  app: {
    name: 'Lanewise',
    tagline: '泳道图与 RACI 矩阵，离线使用，数据留在本机。',
    loading: '正在加载…',
  },
  language: {
    label: 'Language / 语言',
    'zh-CN': '简体中文',
    en: 'English',
  },
  common: {
    cancel: '取消',
    delete: '删除',
    renameItem: '重命名 {{name}}',
    deleteItem: '删除 {{name}}',
    newName: '{{name}} 的新名称',
  },
  errors: {
    dismiss: '关闭提示',
    'invalid-request': '请求未被接受。',
    command: '无法完成此修改。',
    file: '无法读取或写入项目文件。',
    'no-project': '当前没有打开的项目。',
    internal: '出现了问题。',
  },
  start: {
    newProject: '新建项目',
    projectName: '项目名称',
    projectLanguage: '语言',
    projectLanguageHint: '用于图中文字和导出文件。',
    organisation: '组织',
    optional: '选填',
    create: '创建项目',
    creating: '正在创建…',
    recent: '最近的项目',
    noRecent: '还没有项目。新建一个开始吧。',
    open: '打开',
    openFile: '打开 {{fileName}}',
    modified: '修改于 {{date}}',
  },
  project: {
    toolbar: '项目操作',
    undo: '撤销',
    redo: '重做',
    undoShortcut: '撤销（{{shortcut}}）',
    redoShortcut: '重做（{{shortcut}}）',
    close: '关闭项目',
  },
  processes: {
    title: '流程',
    add: '添加流程',
    name: '流程名称',
    empty: '还没有流程。',
    confirmDeleteTitle: '删除流程？',
    confirmDeleteBody: '“{{name}}”有 {{lanes}} 条泳道、{{steps}} 个步骤。删除流程会删除整张流程图。此操作可以撤销。',
  },
  organisation: {
    title: '组织架构',
    intro: '部门对应泳道；部门和岗位是 RACI 矩阵中的角色。',
  },
  departments: {
    title: '部门',
    add: '添加部门',
    name: '部门名称',
    colour: '颜色',
    empty: '还没有部门。',
    confirmDeleteTitle: '删除部门？',
    // Chinese has no plural forms; both keys exist so the key sets match.
    confirmDeleteBody_one: '“{{name}}”在流程中有 {{count}} 条泳道。删除部门会同时删除这些泳道、其中的步骤以及该部门的岗位。此操作可以撤销。',
    confirmDeleteBody_other: '“{{name}}”在流程中有 {{count}} 条泳道。删除部门会同时删除这些泳道、其中的步骤以及该部门的岗位。此操作可以撤销。',
  },
  positions: {
    title: '岗位',
    add: '添加岗位',
    department: '部门',
    name: '岗位名称',
    needDepartment: '请先添加部门。',
    noneInDepartment: '暂无岗位',
  },
  views: {
    label: '视图',
    noProcess: '请在左侧选择或新建一个流程,开始绘制泳道图。',
  },
  canvas: canvasStrings.zhCN,
  keyNodes: keyNodesStrings.zhCN,
  raci: raciStrings.zhCN,
  findings: findingsStrings.zhCN,
  exports: exportsStrings.zhCN,
};
