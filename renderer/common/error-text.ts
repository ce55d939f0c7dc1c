import type { TFunction } from 'i18next';
import type { ApiError } from '../../shared/ipc/contract';

/** An error from main in the interface's language; main's English text only for errors without a key. */
export function errorText(t: TFunction, error: ApiError): string {
  if (!error.key) return error.message;
  return t(error.key, { ns: 'userErrors', ...(error.params ?? {}), defaultValue: error.message } as never) as unknown as string;
}
