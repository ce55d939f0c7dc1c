/** A command that cannot apply to the current state: nothing changes and the message says why. */
export class CommandError extends Error {
  constructor(
    readonly code: 'missing' | 'reference' | 'duplicate' | 'invalid' | 'too-large' | 'conflict',
    message: string,
    /** Values for the user's message (see shared/errors/user-errors.ts). */
    readonly params: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
