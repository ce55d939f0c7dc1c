import { describe, expect, it } from 'vitest';
import { en } from './en';
import { languageFromLocale } from './language';
import { zhCN } from './zh-CN';

function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null ? keysOf(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('UI resources', () => {
  it('zh-CN and en have identical key sets', () => {
    expect(keysOf(zhCN).sort()).toEqual(keysOf(en).sort());
  });

  it('has no empty strings', () => {
    const empty = [en, zhCN].flatMap((r) => keysOf(r).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], r) === ''));
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation placeholders in both languages', () => {
    const placeholders = (r: object) =>
      Object.fromEntries(
        keysOf(r).map((k) => {
          const text = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], r) as string;
          return [k, (text.match(/\{\{\w+\}\}/g) ?? []).sort()];
        }),
      );
    expect(placeholders(zhCN)).toEqual(placeholders(en));
  });
});

describe('languageFromLocale', () => {
  it('maps Chinese locales to zh-CN and everything else to en', () => {
    expect(languageFromLocale('zh')).toBe('zh-CN');
    expect(languageFromLocale('zh-TW')).toBe('zh-CN');
    expect(languageFromLocale('en-GB')).toBe('en');
    expect(languageFromLocale('de')).toBe('en');
    expect(languageFromLocale(undefined)).toBe('en');
  });
});
