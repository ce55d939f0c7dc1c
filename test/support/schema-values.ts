import { z } from 'zod';

/** A source of numbers in [0, 1); generators draw from it so one seed gives one value. */
export type Random = () => number;

/** A small, fast PRNG (mulberry32): the same seed gives the same values, so fast-check can shrink. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Strings that have broken files, lookups or renderers before: names of Object.prototype's
 * properties, unpaired surrogates, noncharacters, control characters, markup, very long text.
 */
export const EDGE_STRINGS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '\ud800',
  'a\udc00b',
  '\uffff',
  '\ufffe',
  'nul\u0000byte',
  'bell\u0007',
  'esc\u001b[31m',
  'tab\tand\nline',
  '<script>alert(1)</script>',
  ']]>&amp;<!--',
  '=HYPERLINK("http://x")',
  '😀👩‍💻',
  '需求评审（初审）',
  ' leading and trailing ',
  'x'.repeat(300),
] as const;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; values?: readonly unknown[]; element?: z.ZodType; options?: readonly z.ZodType[]; getter?: () => z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { def: Def }).def;
}

function text(random: Random, min: number, max: number, edges: boolean): string {
  const roll = random();
  let value: string;
  if (edges && roll < 0.25) value = pick(EDGE_STRINGS, random);
  else if (roll < 0.4) value = pick(['Sales', '销售部', 'Review', '审批', 'N01', 'a'], random);
  else value = Array.from({ length: 1 + Math.floor(random() * 10) }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  value = value.slice(0, max);
  while (value.length < min) value += 'x';
  return value;
}

/**
 * A random value of a zod schema, drawn from `random`. It follows the schema's own bounds, so a
 * value is valid unless the schema refines it further (refused values then test the refusal).
 * `edges` mixes in the edge strings above.
 */
export function valueOf(schema: z.ZodType, random: Random, edges = true, depth = 0): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const s = schema as z.ZodString;
      return text(random, s.minLength ?? 0, Math.min(s.maxLength ?? 40, 400), edges);
    }
    case 'number': {
      const n = schema as z.ZodNumber;
      const lo = Number.isFinite(n.minValue) ? (n.minValue as number) : -1000;
      const hi = Number.isFinite(n.maxValue) ? (n.maxValue as number) : 5000;
      const value = lo + random() * (hi - lo);
      return n.isInt ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return random() < 0.5;
    case 'enum':
      return pick((schema as z.ZodEnum).options as readonly unknown[], random);
    case 'literal':
      return pick(def.values ?? [], random);
    case 'nullable':
      return random() < 0.2 ? null : valueOf(def.innerType!, random, edges, depth);
    case 'optional':
      return random() < 0.3 ? undefined : valueOf(def.innerType!, random, edges, depth);
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return valueOf(def.innerType!, random, edges, depth);
    case 'pipe':
      return valueOf(def.in!, random, edges, depth);
    case 'lazy':
      return depth > 3 ? undefined : valueOf(def.getter!(), random, edges, depth + 1);
    case 'array': {
      const length = depth > 3 ? 0 : Math.floor(random() * 3);
      return Array.from({ length }, () => valueOf(def.element!, random, edges, depth + 1));
    }
    case 'object': {
      const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape)) {
        const value = valueOf(field, random, edges, depth + 1);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    case 'union':
      return valueOf(pick(def.options ?? [], random), random, edges, depth + 1);
    default:
      return undefined;
  }
}
