import type { Language } from '../../shared/model/entities';
import { describeTableIssue, type TableIssue } from '../../shared/interchange/table-issues';

const LISTED = 10;

const TEXT = {
  'zh-CN': {
    unreadable: (file: string, why: string) => `无法读取“${file}”：${why}`,
    tooLarge: (file: string) => `“${file}”过大，无法作为流程表格导入。`,
    notTable: (file: string) => `“${file}”不是 Excel 工作簿(.xlsx)或 CSV 文件。`,
    issues: (file: string) => `“${file}”未导入，请修改以下单元格后重试：`,
    more: (n: number) => `……另有 ${n} 处`,
  },
  en: {
    unreadable: (file: string, why: string) => `Cannot read "${file}": ${why}`,
    tooLarge: (file: string) => `"${file}" is too large to import as a process table.`,
    notTable: (file: string) => `"${file}" is neither an Excel workbook (.xlsx) nor a CSV file.`,
    issues: (file: string) => `Nothing was imported from "${file}"; correct these cells and try again:`,
    more: (n: number) => `… and ${n} more`,
  },
} as const;

export function tableErrorText(language: Language) {
  return TEXT[language];
}

/** A process table that cannot be imported; nothing was changed. The message names the cells, in the project's language. */
export class TableImportError extends Error {
  override readonly name = 'TableImportError';
  constructor(
    message: string,
    readonly issues: readonly TableIssue[] = [],
  ) {
    super(message);
  }

  static fromIssues(fileName: string, issues: readonly TableIssue[], language: Language): TableImportError {
    const text = TEXT[language];
    const lines = issues.slice(0, LISTED).map((i) => describeTableIssue(i, language));
    if (issues.length > LISTED) lines.push(text.more(issues.length - LISTED));
    return new TableImportError([text.issues(fileName), ...lines].join('\n'), issues);
  }
}
