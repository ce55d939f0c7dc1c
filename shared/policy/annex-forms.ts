import type { PolicyTable } from './policy-document-types';
import type { PolicyArticle } from './policy-body';

/** Rows left blank under a column header such as "议定事项 | 责任部门 | 完成时限". */
const GRID_ROWS = 4;

/**
 * The blank tables of one form of the annex chapter. The form's items are its fields, a table of
 * field and blank entry ("field: choices" prints the choices in the entry); an item with "|" is the
 * header of a grid of blank rows (e.g. the action items of meeting minutes).
 */
export function formTables(form: PolicyArticle): PolicyTable[] {
  const tables: PolicyTable[] = [];
  let fields: Array<[string, string]> = [];
  const flush = () => {
    if (fields.length === 0) return;
    tables.push({ role: 'form', widths: [3, 8], header: [], rows: fields, centred: [], landscape: false, blank: true });
    fields = [];
  };
  for (const item of form.items) {
    const cells = item.split('|').map((c) => c.trim());
    if (cells.length < 2) {
      // "紧急程度：□一般 □紧急" gives the field its printed choices.
      const [field, choices] = item.split(/[：:]\s*(?=\S)/, 2) as [string, string | undefined];
      fields.push(choices === undefined || /^(https?|\d)/.test(choices) ? [item, ''] : [field.trim(), choices.trim()]);
      continue;
    }
    flush();
    tables.push({
      role: 'form',
      widths: cells.map((_, i) => (i === 0 ? 2 : 1)),
      header: [cells.map((text) => ({ text }))],
      rows: Array.from({ length: GRID_ROWS }, () => cells.map(() => '')),
      centred: [],
      landscape: false,
      blank: true,
    });
  }
  flush();
  return tables;
}
