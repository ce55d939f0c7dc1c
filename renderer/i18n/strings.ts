/** Same keys, any text: the shape a translation of `T` must have. */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** A feature's UI strings in both languages; its folder owns them, en.ts and zh-CN.ts mount them. */
export function featureStrings<T extends object>(en: T, zhCN: Strings<T>): { en: T; zhCN: Strings<T> } {
  return { en, zhCN };
}
