/** Bad input to the CLI: printed on one line, exit code 2. */
export class CliUsageError extends Error {}
