import { userErrorText, type UserErrorKey } from '../../../shared/errors/user-errors';

/** Why a workbook cannot be read at all; `key` and `params` give the message in the user's language. */
export class WorkbookReadError extends Error {
  override readonly name = 'WorkbookReadError';
  constructor(
    readonly key: UserErrorKey,
    readonly params: Readonly<Record<string, string>>,
    options?: { cause?: unknown },
  ) {
    super(userErrorText(key, params, 'en'), options);
  }
}
