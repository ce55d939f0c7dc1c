const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

/**
 * A key whose plain string order is step-code order: numbers inside codes compare by value (N2
 * before N10, N99 before N100, N01 the same as N1), letters regardless of case. Each run of
 * digits becomes a marker, its length and the digits without leading zeros.
 */
export function codeKey(code: string): string {
  let key = KEYS.get(code);
  if (key === undefined) {
    key = code.toLowerCase().replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+(?=\d)/, '');
      return `\u0000${String.fromCharCode(0x30 + Math.min(value.length, 0xffff - 0x30))}${value}`;
    });
    // Processes reuse the same codes (N01, N02 …): a few thousand keys serve a whole project.
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(code, key);
  }
  return key;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Step-code order; steps with the same code fall back to their ids. */
export function byStepCode(a: { code: string; id: string }, b: { code: string; id: string }): number {
  return compareText(codeKey(a.code), codeKey(b.code)) || compareText(a.id, b.id);
}

/** The indices of the items in step-code order. */
export function stepCodeOrder(items: ReadonlyArray<{ code: string; id: string }>): number[] {
  const keys = items.map((item) => codeKey(item.code));
  const order = items.map((_, i) => i);
  return order.sort((a, b) => compareText(keys[a]!, keys[b]!) || compareText(items[a]!.id, items[b]!.id));
}

/** Items in step-code order. */
export function sortByStepCode<T extends { code: string; id: string }>(items: readonly T[]): T[] {
  return stepCodeOrder(items).map((i) => items[i]!);
}
