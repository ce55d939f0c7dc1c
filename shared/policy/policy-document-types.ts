import type { Language } from '../model/entities';
import type { PolicyChapter } from './default-chapter';
import type { PolicyFacts } from './policy-facts';

export interface PolicyTableCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
}

export type TableRole = 'keyNodes' | 'raci' | 'legend' | 'decisions' | 'form' | 'processList' | 'metrics';

/** A table as the document shows it; the Word writer only lays it out. */
export interface PolicyTable {
  readonly role: TableRole;
  /** Relative column widths. */
  readonly widths: readonly number[];
  /** Header rows, repeated on every page the table spans. */
  readonly header: readonly (readonly PolicyTableCell[])[];
  readonly rows: readonly (readonly string[])[];
  /** Columns whose cells are centred (codes, RACI letters). */
  readonly centred: readonly number[];
  /** Too wide for a portrait page. */
  readonly landscape: boolean;
  /** A blank form: rows get room for handwriting. */
  readonly blank: boolean;
}

export type PolicyBlock =
  | { readonly kind: 'article'; readonly label: string; readonly text: string; readonly items: readonly string[] }
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'diagram'; readonly processId: string; readonly caption: string }
  | { readonly kind: 'table'; readonly caption: string; readonly table: PolicyTable };

export interface PolicyDocumentChapter {
  readonly chapter: PolicyChapter;
  /** "第一章" / "Chapter 1"; empty for the annexes, which are not numbered. */
  readonly label: string;
  readonly title: string;
  readonly blocks: readonly PolicyBlock[];
}

/** The whole policy in reading order, with numbers, captions and generated tables in place. */
export interface PolicyDocument {
  readonly language: Language;
  readonly facts: PolicyFacts;
  readonly chapters: readonly PolicyDocumentChapter[];
  /** Number of articles, 第一条 … 第N条. */
  readonly articleCount: number;
}
