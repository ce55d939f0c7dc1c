import { EDGE_STRINGS, type Random } from '../../test/support/schema-values';

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

const ODD_VALUES: readonly unknown[] = [null, true, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.1, '', [], {}, [[[[]]]], ...EDGE_STRINGS];

/**
 * A request made hostile: a key turned into __proto__/constructor, a value swapped for an odd one,
 * extra keys, deep nesting. Returned as JSON text, since that is what reaches the host.
 */
export function hostileJson(value: unknown, random: Random): string {
  const mutated = mutate(structuredClone(value), random, 0);
  let json = JSON.stringify(mutated) ?? 'null';
  const roll = random();
  // Own "__proto__" keys can only come from JSON text, exactly as an attacker would send them.
  if (roll < 0.2) json = json.replace(/"(\w+)":/, '"__proto__":');
  else if (roll < 0.3) json = json.replace(/^\{/, '{"__proto__":{"polluted":"yes"},');
  else if (roll < 0.35) json = json.replace(/^\{/, '{"constructor":{"prototype":{"polluted":"yes"}},');
  return json;
}

function mutate(value: unknown, random: Random, depth: number): unknown {
  if (random() < 0.08) return pick(ODD_VALUES, random);
  if (Array.isArray(value)) return value.map((v) => mutate(v, random, depth + 1));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (random() < 0.05) continue;
      out[k] = mutate(v, random, depth + 1);
    }
    if (random() < 0.05) out[pick(['extra', 'polluted', '__defineGetter__', 'toString'], random)] = pick(ODD_VALUES, random);
    if (depth === 0 && random() < 0.03) {
      let deep: unknown = {};
      for (let i = 0; i < 2_000; i++) deep = { type: 'batch', commands: [deep] };
      out.command = deep;
    }
    return out;
  }
  return value;
}
