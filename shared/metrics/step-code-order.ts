const codes = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Step-code order: numbers inside codes compare by value (N2 before N10, N99 before N100), so the
 * order does not depend on how many digits a code was padded to; equal codes fall back to the id.
 */
export function byStepCode(a: { code: string; id: string }, b: { code: string; id: string }): number {
  return codes.compare(a.code, b.code) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
