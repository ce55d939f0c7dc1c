import { randomId } from '../../shared/model/random-id';

/** A fresh row id: prefix + UUID v4. */
export function newId(prefix: string): string {
  return prefix + randomId();
}
