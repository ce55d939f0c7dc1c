/** Why a cell (or a row, a column, a sheet) of a workbook is left out of an import; the UI words each. */
export const BAD_CELL_REASONS = [
  'not-raci',
  'formula-without-value',
  'error-value',
  'merged',
  'unknown-step',
  'step-of-other-process',
  'duplicate-step',
  'unknown-party',
  'duplicate-party',
  'unknown-process',
  'no-header',
] as const;
export type BadCellReason = (typeof BAD_CELL_REASONS)[number];

export interface BadCellView {
  /** Where, as Excel names it: 新产品上线!E7. */
  ref: string;
  reason: BadCellReason;
  value: string;
}

/** A RACI cell the workbook and the project disagree on, with what it was at export (null: not known). */
export interface ImportCellView {
  processName: string;
  stepCode: string;
  stepName: string;
  partyName: string;
  ref: string;
  base: string | null;
  mine: string;
  theirs: string;
}

export interface ImportNoteView {
  processName: string;
  stepLabel: string;
  partyLabel: string;
  source: 'remark' | 'comment';
  author: string;
  writtenAt: string;
  text: string;
}

/** Whether the workbook says which export it was cut from: without it, the import cannot tell newer work from old. */
export type ImportRecordStatus = 'found' | 'missing' | 'damaged';

export const CONFLICT_CHOICES = ['mine', 'theirs'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

/** What an Excel import would do, shown before anything changes: counts of each group and its first rows. */
export interface ImportPreviewView {
  /** Names the preview to apply; '' when there is nothing to apply. */
  token: string;
  fileName: string;
  record: ImportRecordStatus;
  /** When the export was made (ISO); '' without a record. */
  exportedAt: string;
  counts: { applied: number; kept: number; conflicts: number; bad: number; notes: number };
  /** Only the client changed these: applied. */
  applied: ImportCellView[];
  /** Only Lanewise changed these since the export: kept as they are. */
  kept: ImportCellView[];
  /** Both changed these: settled by the user; a choice names a conflict by its index here. */
  conflicts: ImportCellView[];
  bad: BadCellView[];
  notes: ImportNoteView[];
}

type Texts = { readonly en: string; readonly 'zh-CN': string };

/** Each reason in both languages; `{{value}}` is what the cell, row or header shows. */
export const BAD_CELL_TEXTS: { readonly [R in BadCellReason]: Texts } = {
  'not-raci': { en: '"{{value}}" is not a RACI value (use R, A, C, I or a combination such as R/A)', 'zh-CN': '“{{value}}”不是 RACI 值（请填写 R、A、C、I 或其组合，如 R/A）' },
  'formula-without-value': {
    en: 'a formula that was never calculated, so its value is unknown (open the file in Excel or WPS and save it again)',
    'zh-CN': '公式从未计算过，无法得知其值（请用 Excel 或 WPS 打开后重新保存）',
  },
  'error-value': { en: 'an error value ({{value}})', 'zh-CN': '错误值（{{value}}）' },
  merged: { en: 'part of merged cells, which cannot say which step and party they mean', 'zh-CN': '属于合并单元格，无法确定对应的节点和部门/岗位' },
  'unknown-step': { en: 'row "{{value}}" is no step of this process', 'zh-CN': '行“{{value}}”不是该流程的节点' },
  'step-of-other-process': { en: 'row "{{value}}" carries the hidden id of a step of another process', 'zh-CN': '行“{{value}}”带有其他流程节点的隐藏编号' },
  'duplicate-step': { en: 'step "{{value}}" appears twice; only its first row was read', 'zh-CN': '节点“{{value}}”出现两次，只读取了第一行' },
  'unknown-party': { en: 'column "{{value}}" is no department or position of this project', 'zh-CN': '列“{{value}}”不是本项目的部门或岗位' },
  'duplicate-party': { en: 'column "{{value}}" appears twice; only the first was read', 'zh-CN': '列“{{value}}”出现两次，只读取了第一列' },
  'unknown-process': { en: 'sheet "{{value}}" belongs to a process no longer in this project', 'zh-CN': '工作表“{{value}}”对应的流程已不在本项目中' },
  'no-header': {
    en: 'sheet "{{value}}" has no header row with "节点编号" and "节点名称" (or "Code" and "Step")',
    'zh-CN': '工作表“{{value}}”中找不到含“节点编号”和“节点名称”（或“Code”和“Step”）的表头行',
  },
};
