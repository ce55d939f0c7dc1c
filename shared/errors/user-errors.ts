import type { Language } from '../model/entities';

type Texts = { readonly [L in Language]: string };

/**
 * Every error a user can cause, in both languages. `{{name}}` is filled from the error's params.
 * The renderer loads these into i18n; the CLI and logs use the English text.
 */
export const USER_ERRORS = {
  'file.not-found': { en: 'File not found: {{path}}', 'zh-CN': '找不到文件：{{path}}' },
  'file.exists': { en: '{{path}} already exists', 'zh-CN': '{{path}} 已存在' },
  'file.folder': { en: '{{path}} is a folder, not a project file', 'zh-CN': '{{path}} 是文件夹，不是项目文件' },
  'file.unreadable': { en: 'Cannot read {{path}}', 'zh-CN': '无法读取 {{path}}' },
  'file.not-sqlite': { en: '{{path}} is not a Lanewise project file', 'zh-CN': '{{path}} 不是 Lanewise 项目文件' },
  'file.foreign': { en: '{{path}} is a database of another program, not a Lanewise project', 'zh-CN': '{{path}} 是其他程序的数据库，不是 Lanewise 项目' },
  'file.newer': {
    en: '{{path}} was saved by a newer version of Lanewise (file format {{version}}; this version reads up to {{supported}}). Please update Lanewise.',
    'zh-CN': '{{path}} 由更新版本的 Lanewise 保存（文件格式 {{version}}，本版本最高支持 {{supported}}）。请升级 Lanewise。',
  },
  'file.corrupt': { en: '{{path}} is damaged and was not opened ({{detail}})', 'zh-CN': '{{path}} 已损坏，未打开（{{detail}}）' },
  'file.unexpected-schema': {
    en: '{{path}} holds database objects Lanewise does not write ({{detail}}); it was not opened, so none of them can run',
    'zh-CN': '{{path}} 含有 Lanewise 不会写入的数据库对象（{{detail}}）；为防止其运行，文件未打开',
  },
  'file.damaged-references': {
    en: '{{path}} holds {{count}} references to rows that do not exist (for example {{detail}}); it was not opened. Run "lanewise check" for the list, or repair it (a backup is kept).',
    'zh-CN': '{{path}} 中有 {{count}} 处引用指向不存在的数据（例如 {{detail}}），文件未打开。可运行“lanewise check”查看清单，或进行修复（会保留备份）。',
  },
  'file.unwritable': { en: '{{path}} could not be written ({{detail}})', 'zh-CN': '无法写入 {{path}}（{{detail}}）' },
  'file.locked': {
    en: '{{path}} is open in {{holder}} since {{since}} — close it there, or open it read-only',
    'zh-CN': '{{path}} 自 {{since}} 起已在 {{holder}} 中打开——请先在那里关闭，或以只读方式打开',
  },
  'file.read-only': {
    en: '{{path}} is read-only: you can look and export, but changes cannot be saved. Use Save As to keep a copy you can edit.',
    'zh-CN': '{{path}} 为只读：可以查看和导出，但无法保存修改。请用“另存为”保存一份可编辑的副本。',
  },
  'file.moved': {
    en: '{{path}} was moved, renamed or deleted while open. Your work is still here: use Save As to keep it.',
    'zh-CN': '{{path}} 在打开期间被移动、重命名或删除。您的内容仍在：请用“另存为”保存。',
  },
  'file.disk-full': {
    en: 'The disk is full: the last change to {{path}} was not saved. Free some space and try again.',
    'zh-CN': '磁盘已满：对 {{path}} 的最后一次修改未保存。请释放空间后重试。',
  },
  'command.missing': { en: 'That item no longer exists (it may have been deleted elsewhere).', 'zh-CN': '该项目已不存在（可能已在别处删除）。' },
  'command.reference': { en: 'That change points at something that does not exist.', 'zh-CN': '该修改引用了不存在的内容。' },
  'command.duplicate': { en: 'That item already exists.', 'zh-CN': '该项目已存在。' },
  'command.invalid': { en: 'That change is not valid: {{detail}}', 'zh-CN': '该修改无效：{{detail}}' },
  'command.too-large': { en: 'That change is too large to apply at once ({{detail}}).', 'zh-CN': '修改过大，无法一次应用（{{detail}}）。' },
  'undo.conflict': {
    en: 'Cannot undo "{{label}}": someone else has changed the same items since. Nothing was changed.',
    'zh-CN': '无法撤销“{{label}}”：之后已有他人修改了相同内容。未做任何更改。',
  },
  'session.unknown': { en: 'This window is no longer connected to a project. Open it again.', 'zh-CN': '此窗口已不再连接项目，请重新打开。' },
  'request.invalid': { en: 'The request was not understood: {{detail}}', 'zh-CN': '无法识别该请求：{{detail}}' },
  'request.desktop-only': { en: 'This needs the desktop app.', 'zh-CN': '此功能需要桌面版应用。' },
  'workbook.not-found': { en: '"{{file}}" does not exist', 'zh-CN': '“{{file}}”不存在' },
  'workbook.folder': { en: '"{{file}}" is a folder, not a workbook', 'zh-CN': '“{{file}}”是文件夹，不是工作簿' },
  'workbook.unreadable': { en: 'Cannot read "{{file}}" ({{detail}})', 'zh-CN': '无法读取“{{file}}”（{{detail}}）' },
  'workbook.not-xlsx': { en: '"{{file}}" is not an Excel workbook (.xlsx)', 'zh-CN': '“{{file}}”不是 Excel 工作簿（.xlsx）' },
  'workbook.old-format': {
    en: '"{{file}}" is an old-format Excel file (.xls); save it as an Excel workbook (.xlsx) and import that',
    'zh-CN': '“{{file}}”是旧版 Excel 文件（.xls）；请另存为 Excel 工作簿（.xlsx）后再导入',
  },
  'workbook.encrypted': {
    en: '"{{file}}" is protected with a password; save a copy without the password and import that',
    'zh-CN': '“{{file}}”设有打开密码；请另存一份不带密码的副本后再导入',
  },
  'workbook.damaged': {
    en: '"{{file}}" is damaged or incomplete and cannot be read as an Excel workbook ({{detail}})',
    'zh-CN': '“{{file}}”已损坏或不完整，无法作为 Excel 工作簿读取（{{detail}}）',
  },
  'workbook.too-large': {
    en: '"{{file}}" is too large to import (more than {{limit}} MB, unpacked); nothing was imported',
    'zh-CN': '“{{file}}”过大，无法导入（解压后超过 {{limit}} MB）；未导入任何内容',
  },
  'workbook.too-many-rows': {
    en: 'Sheet "{{sheet}}" of "{{file}}" has more than {{limit}} rows; nothing was imported',
    'zh-CN': '“{{file}}”的工作表“{{sheet}}”超过 {{limit}} 行；未导入任何内容',
  },
  'workbook.too-many-columns': {
    en: 'Sheet "{{sheet}}" of "{{file}}" has values beyond column {{limit}}; nothing was imported',
    'zh-CN': '“{{file}}”的工作表“{{sheet}}”在第 {{limit}} 列之后仍有内容；未导入任何内容',
  },
  'workbook.too-many-cells': {
    en: '"{{file}}" holds more than {{limit}} filled cells; nothing was imported',
    'zh-CN': '“{{file}}”的非空单元格超过 {{limit}} 个；未导入任何内容',
  },
  'import.not-raci': {
    en: '"{{file}}" is not a Lanewise RACI workbook: none of its sheets ({{sheets}}) is the RACI matrix of a process in this project',
    'zh-CN': '“{{file}}”不是 Lanewise 的 RACI 工作簿：其中没有任何工作表（{{sheets}}）是本项目某个流程的 RACI 矩阵',
  },
  'import.other-project': {
    en: '"{{file}}" was exported from another project ("{{project}}"), so it was not imported. Open that project to import it.',
    'zh-CN': '“{{file}}”导出自另一个项目（“{{project}}”），未导入。请打开该项目后再导入。',
  },
  'import.choose-file': { en: 'Choose a file to import.', 'zh-CN': '请选择要导入的文件。' },
  'import.stale-preview': {
    en: 'This import preview is out of date; preview the file again.',
    'zh-CN': '此导入预览已过期，请重新预览文件。',
  },
  'import.changed-since-preview': {
    en: 'The project changed after the preview of "{{file}}" was made, so nothing was imported; preview it again.',
    'zh-CN': '预览“{{file}}”之后项目已有修改，因此未导入；请重新预览。',
  },
  'import.unsettled': {
    en: '{{count}} conflicts in "{{file}}" are not settled: keep Lanewise\'s value or take the workbook\'s for each, then apply.',
    'zh-CN': '“{{file}}”中有 {{count}} 处冲突尚未处理：请逐项选择保留 Lanewise 的值或采用工作簿的值，然后再应用。',
  },
  'import.failed': { en: '{{detail}}', 'zh-CN': '{{detail}}' },
  'job.busy': {
    en: 'An export or import is already running: wait for it to finish or cancel it, then try again.',
    'zh-CN': '已有一项导出或导入正在进行：请等它完成或取消后再试。',
  },
  'export.failed': { en: 'The export failed: {{detail}}', 'zh-CN': '导出失败：{{detail}}' },
  'survey.upload-too-large': { en: 'The files are too large to import at once ({{detail}}). Import them in parts.', 'zh-CN': '文件过大，无法一次导入（{{detail}}），请分批导入。' },
  'survey.too-many': { en: 'Too many forms at once ({{count}}; at most {{limit}}). Import them in parts.', 'zh-CN': '一次导入的问卷过多（{{count}} 份，最多 {{limit}} 份），请分批导入。' },
  'survey.wrong-form': {
    en: '"{{file}}" is not a questionnaire form of this project: no sheet with the questions and answers was found.',
    'zh-CN': '“{{file}}”不是本项目的调研问卷：未找到含题目和评分的工作表。',
  },
  'survey.out-of-range': { en: '{{source}}, cell {{cell}}: "{{value}}" is not an answer from 1 to 5.', 'zh-CN': '{{source}}，单元格 {{cell}}：“{{value}}”不是 1 到 5 之间的评分。' },
  'survey.unknown-question': {
    en: '{{source}}, cell {{cell}}: this question is no longer in the questionnaire.',
    'zh-CN': '{{source}}，单元格 {{cell}}：该题目已不在问卷中。',
  },
  'survey.unknown-department': {
    en: '{{source}}, cell {{cell}}: the project has no department "{{department}}" (departments: {{known}}).',
    'zh-CN': '{{source}}，单元格 {{cell}}：项目中没有部门“{{department}}”（现有部门：{{known}}）。',
  },
  'survey.empty': { en: '{{source}}: no question is answered.', 'zh-CN': '{{source}}：没有任何题目作答。' },
  'survey.duplicate': {
    en: '{{source}}: {{respondent}} has already answered (in {{first}}). A respondent counts once.',
    'zh-CN': '{{source}}：{{respondent}} 已作答过（见 {{first}}），每位受访者只计一次。',
  },
  'survey.more': { en: '…and {{count}} more problems.', 'zh-CN': '……另有 {{count}} 个问题。' },
  'survey.refused': {
    en: 'Nothing was imported: {{count}} problems in the forms. {{first}}',
    'zh-CN': '未导入任何内容：问卷中有 {{count}} 个问题。{{first}}',
  },
  'history.wrong-form': {
    en: '"{{file}}" is not a history data workbook: no sheet has the columns process, projects, delayed projects, complaints and rework.',
    'zh-CN': '“{{file}}”不是历史数据工作簿：没有工作表含“流程、项目数、延期项目数、协作投诉次数、返工次数”各列。',
  },
  'history.unknown-process': {
    en: '{{source}}, cell {{cell}}: the project has no process "{{process}}".',
    'zh-CN': '{{source}}，单元格 {{cell}}：项目中没有流程“{{process}}”。',
  },
  'history.unknown-department': {
    en: '{{source}}, cell {{cell}}: the project has no department "{{department}}".',
    'zh-CN': '{{source}}，单元格 {{cell}}：项目中没有部门“{{department}}”。',
  },
  'history.bad-count': {
    en: '{{source}}, cell {{cell}}: "{{value}}" is not a whole number from 0 to 1,000,000.',
    'zh-CN': '{{source}}，单元格 {{cell}}：“{{value}}”不是 0 到 1,000,000 之间的整数。',
  },
  'history.delayed-exceeds': {
    en: '{{source}}, row {{row}}: more delayed projects ({{delayed}}) than projects ({{projects}}).',
    'zh-CN': '{{source}}，第 {{row}} 行：延期项目数（{{delayed}}）多于项目数（{{projects}}）。',
  },
  'history.bad-date': { en: '{{source}}, cell {{cell}}: "{{value}}" is not a date (YYYY-MM-DD).', 'zh-CN': '{{source}}，单元格 {{cell}}：“{{value}}”不是日期（YYYY-MM-DD）。' },
  'history.twice': {
    en: '{{source}}, row {{row}}: {{process}} has a second row for the same department and period.',
    'zh-CN': '{{source}}，第 {{row}} 行：{{process}} 同一部门、同一期间已有一行。',
  },
  'history.empty': { en: '{{source}}: the sheet has no rows of data.', 'zh-CN': '{{source}}：工作表中没有数据行。' },
  internal: { en: 'Something went wrong inside Lanewise ({{detail}}). Nothing was changed.', 'zh-CN': 'Lanewise 内部出错（{{detail}}）。未做任何更改。' },
} as const satisfies Record<string, Texts>;

export type UserErrorKey = keyof typeof USER_ERRORS;

export function isUserErrorKey(value: unknown): value is UserErrorKey {
  return typeof value === 'string' && Object.hasOwn(USER_ERRORS, value);
}

/** The error's text in `language`, its params filled in. */
export function userErrorText(key: UserErrorKey, params: Readonly<Record<string, string>>, language: Language): string {
  return USER_ERRORS[key][language].replace(/\{\{(\w+)\}\}/g, (_, name: string) => (Object.hasOwn(params, name) ? params[name]! : ''));
}

/** An error a user can cause, carrying its message key and values; `message` is the English text (logs, the CLI). */
export class UserFacingError extends Error {
  constructor(
    readonly key: UserErrorKey,
    readonly params: Readonly<Record<string, string>>,
    options?: { cause?: unknown },
  ) {
    super(userErrorText(key, params, 'en'), options);
  }
}
