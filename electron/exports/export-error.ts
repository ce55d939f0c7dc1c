/** An export that cannot be made as asked (no such process, nothing to draw); its message is shown to the user. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
}
