/** A command that cannot apply to the current state: nothing changes and the message says why. */
export class CommandError extends Error {
  constructor(
    readonly code: 'missing' | 'reference' | 'duplicate' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}
