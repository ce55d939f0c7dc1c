export type ProjectFileErrorCode = 'not-found' | 'exists' | 'not-sqlite' | 'foreign' | 'newer' | 'corrupt' | 'unreadable' | 'unwritable';

/** A project file that cannot be created or opened; the file on disk is left as it was. */
export class ProjectFileError extends Error {
  constructor(
    readonly code: ProjectFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProjectFileError';
  }
}
