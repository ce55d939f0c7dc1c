import type { PolicySection } from '../model/entities';

export type PolicyChapter = PolicySection['chapter'];

/** A chapter of the default policy text, before it gets an id and an order. */
export interface DefaultChapter {
  readonly chapter: PolicyChapter;
  readonly title: string;
  readonly body: string;
}
