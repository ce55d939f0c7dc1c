import type { UserErrorKey } from '../../shared/errors/user-errors';

export type ProjectFileErrorCode =
  | 'not-found'
  | 'exists'
  | 'not-sqlite'
  | 'foreign'
  | 'newer'
  | 'corrupt'
  | 'unreadable'
  | 'unwritable'
  | 'unexpected-schema'
  | 'damaged-references'
  | 'locked'
  | 'read-only'
  | 'moved'
  | 'disk-full';

/** A project file that cannot be created, opened or written; the file on disk is left as it was. */
export class ProjectFileError extends Error {
  readonly key: UserErrorKey;
  constructor(
    readonly code: ProjectFileErrorCode,
    message: string,
    readonly params: Readonly<Record<string, string>> = {},
    variant?: string,
  ) {
    super(message);
    this.name = 'ProjectFileError';
    this.key = `file.${variant ?? code}` as UserErrorKey;
  }
}
