import { UserFacingError } from '../../../shared/errors/user-errors';

/** Why a workbook cannot be read at all; `key` and `params` give the message in the user's language. */
export class WorkbookReadError extends UserFacingError {
  override readonly name = 'WorkbookReadError';
}
