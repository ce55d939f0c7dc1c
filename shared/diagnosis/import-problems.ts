import type { UserErrorKey } from '../errors/user-errors';

/** One reason an import was refused, as a message key of shared/errors/user-errors.ts and its values. */
export interface ImportProblem {
  readonly key: UserErrorKey;
  readonly params: Readonly<Record<string, string>>;
}

/** More problems than this are not listed one by one: the first ones tell what is wrong. */
export const MAX_LISTED_PROBLEMS = 50;

export function problem(key: UserErrorKey, params: Record<string, string>): ImportProblem {
  return { key, params };
}
