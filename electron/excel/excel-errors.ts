/** Where in the workbook a problem sits, for messages such as `Sheet "新产品上线", cell F12: …`. */
export interface ImportIssue {
  readonly sheet: string;
  readonly cell?: string;
  readonly message: string;
}

export function describeIssue(issue: ImportIssue): string {
  const where = issue.cell ? `Sheet "${issue.sheet}", cell ${issue.cell}` : `Sheet "${issue.sheet}"`;
  return `${where}: ${issue.message}`;
}

/** The file is not a Lanewise RACI workbook that can be read; nothing was imported. */
export class ExcelImportError extends Error {
  override readonly name = 'ExcelImportError';
  constructor(
    message: string,
    readonly issues: readonly ImportIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The workbook could not be written; no partial file is left at the target path. */
export class ExcelExportError extends Error {
  override readonly name = 'ExcelExportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
