import type { Localised, RuleId, Severity } from './finding';

export interface RuleText {
  severity: Severity;
  title: Localised;
  fix: Localised;
}

/** Every rule with its severity, a title and the fix it suggests, in both languages. */
export const RULES: Record<RuleId, RuleText> = {
  'raci.unassigned': {
    severity: 'error',
    title: { 'zh-CN': '节点未分配任何职责', en: 'Step has no assignment at all' },
    fix: { 'zh-CN': '为该节点指定 R（执行者）和 A（负责人）', en: 'Assign an R (Responsible) and an A (Accountable)' },
  },
  'raci.no-accountable': {
    severity: 'error',
    title: { 'zh-CN': '节点没有 A（负责人）', en: 'Step has no A (Accountable)' },
    fix: { 'zh-CN': '指定唯一的 A（负责人），可将节点的责任岗位设为 A', en: 'Name exactly one A (Accountable), for instance the step\'s owner position' },
  },
  'raci.multiple-accountable': {
    severity: 'error',
    title: { 'zh-CN': '节点有多个 A（负责人）', en: 'Step has more than one A (Accountable)' },
    fix: { 'zh-CN': '提请分管副总裁定唯一负责人', en: 'Escalate to the responsible executive to name one Accountable party' },
  },
  'raci.no-responsible': {
    severity: 'error',
    title: { 'zh-CN': '节点没有 R（执行者）', en: 'Step has no R (Responsible)' },
    fix: { 'zh-CN': '指定至少一个 R（执行者）', en: 'Name at least one R (Responsible)' },
  },
  'raci.lane-mismatch': {
    severity: 'warning',
    title: { 'zh-CN': '泳道部门在矩阵中既非执行者也非负责人', en: "The step's lane department is neither R nor A" },
    fix: { 'zh-CN': '将节点移到执行部门的泳道，或为泳道部门分配 R 或 A', en: "Move the step to the lane of the party doing it, or give the lane's department R or A" },
  },
  'raci.too-many-consulted': {
    severity: 'warning',
    title: { 'zh-CN': 'C（咨询者）过多', en: 'Too many C (Consulted)' },
    fix: { 'zh-CN': '只保留真正需要征询意见的部门', en: 'Keep only the parties whose input is really needed' },
  },
  'raci.too-many-informed': {
    severity: 'warning',
    title: { 'zh-CN': 'I（知会者）过多', en: 'Too many I (Informed)' },
    fix: { 'zh-CN': '改为定期通报，减少逐项知会', en: 'Use a regular report instead of informing everyone on each step' },
  },
  'raci.redundant-ci': {
    severity: 'info',
    title: { 'zh-CN': '同一单元格同时为 C 和 I(冗余)', en: 'C and I in the same cell (redundant)' },
    fix: { 'zh-CN': '被咨询者已知情，删除 I', en: 'A consulted party is already informed: remove the I' },
  },
  'raci.idle-party': {
    severity: 'warning',
    title: { 'zh-CN': '该方在本流程中没有任何 R 或 A', en: 'Party holds no R or A anywhere in this process' },
    fix: { 'zh-CN': '确认其是否需要参与本流程', en: 'Check whether this party belongs in the process' },
  },
  'raci.overload': {
    severity: 'warning',
    title: { 'zh-CN': 'A（负责人）过于集中', en: 'Party is the A (Accountable) of too many steps' },
    fix: { 'zh-CN': '将部分节点的负责人下放给执行部门', en: 'Delegate accountability for some steps to the parties doing them' },
  },
  'step.no-duration': {
    severity: 'warning',
    title: { 'zh-CN': '节点未填写耗时', en: 'Step has no expected duration' },
    fix: {
      'zh-CN': '在关键节点表或节点属性中填写预计耗时(工作日或小时)；未填写的耗时在管理办法中印为“—”',
      en: 'Enter the expected duration (working days or hours) in the key-node table or the step inspector; the policy prints an empty one as "—"',
    },
  },
};
