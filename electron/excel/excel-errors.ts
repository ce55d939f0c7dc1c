import { UserFacingError } from '../../shared/errors/user-errors';

/** The workbook cannot be imported into this project; nothing was imported. Carries its message in both languages. */
export class ExcelImportError extends UserFacingError {
  override readonly name = 'ExcelImportError';
}

/** The workbook could not be written; no partial file is left at the target path. */
export class ExcelExportError extends Error {
  override readonly name = 'ExcelExportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
