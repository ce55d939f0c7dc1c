/** The built-in prototypes an id or a key could write to. */
const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

function keysOf(target: object): string[] {
  return Reflect.ownKeys(target).map(String).sort();
}

const baseline = new Map(PROTOTYPES.map(([name, proto]) => [name, keysOf(proto).join('\u0000')]));

/** Which built-in prototypes gained or lost a property since the fuzzer started; empty when none. */
export function pollutedPrototypes(): string[] {
  return PROTOTYPES.filter(([name, proto]) => keysOf(proto).join('\u0000') !== baseline.get(name)).map(([name, proto]) => `${name}: ${keysOf(proto).filter((k) => !baseline.get(name)!.split('\u0000').includes(k)).join(', ')}`);
}

/** Takes back whatever was added, so one polluting input does not fail every later one. */
export function cleanPrototypes(): void {
  for (const [name, proto] of PROTOTYPES) {
    const known = new Set(baseline.get(name)!.split('\u0000'));
    for (const key of Reflect.ownKeys(proto)) if (!known.has(String(key))) Reflect.deleteProperty(proto, key);
  }
}
