import { aboutStrings } from '../about/about-strings';
import { positionsStrings } from '../positions/positions-strings';
import { departmentsStrings } from '../departments/departments-strings';
import { organisationStrings } from '../organisation/organisation-strings';
import { processesStrings } from '../processes/processes-strings';
import { projectStrings } from '../project/project-strings';
import { startStrings } from '../start/start-strings';
import { canvasStrings } from '../canvas/canvas-strings';
import { exportsStrings } from '../exports/exports-strings';
import { policyStrings } from '../policy/policy-strings';
import { findingsStrings } from '../findings/findings-strings';
import { reviewNotesStrings } from '../review-notes/review-notes-strings';
import { keyNodesStrings } from '../key-nodes/key-nodes-strings';
import { raciStrings } from '../raci-grid/raci-grid-strings';
import { fileStateStrings } from '../file-state/file-state-strings';
import { metricsStrings } from '../metrics/metrics-strings';
import { diagnosisStrings } from '../diagnosis/diagnosis-strings';
import type { Messages } from './en';

/** 简体中文界面文字。键必须与 en.ts 完全一致。 */
export const zhCN: Messages = {
  app: {
    name: 'Lanewise',
    tagline: '泳道图与 RACI 矩阵，离线使用，数据留在本机。',
    loading: '正在加载…',
    skipToContent: '跳到主要内容',
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
    import: '无法导入该工作簿。',
    export: '导出失败。',
    conflict: '无法撤销。',
    locked: '项目已在别处打开。',
    busy: '请稍候。',
    internal: '出现了问题。',
  },
  start: startStrings.zhCN,
  project: projectStrings.zhCN,
  processes: processesStrings.zhCN,
  organisation: organisationStrings.zhCN,
  departments: departmentsStrings.zhCN,
  positions: positionsStrings.zhCN,
  views: {
    label: '视图',
    noProcess: '项目中还没有流程。在左侧输入名称或从模板添加一个流程，开始绘制泳道图。',
    pickProcess: '请在左侧选择一个流程。',
  },
  canvas: canvasStrings.zhCN,
  keyNodes: keyNodesStrings.zhCN,
  raci: raciStrings.zhCN,
  findings: findingsStrings.zhCN,
  reviewNotes: reviewNotesStrings.zhCN,
  exports: exportsStrings.zhCN,
  policy: policyStrings.zhCN,
  metrics: metricsStrings.zhCN,
  about: aboutStrings.zhCN,
  fileState: fileStateStrings.zhCN,
  diagnosis: diagnosisStrings.zhCN,
};
