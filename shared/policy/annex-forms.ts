import type { PolicyTable } from './policy-document-types';
import type { PolicyArticle } from './policy-body';

/** Rows left blank under a column header such as "议定事项 | 责任部门 | 完成时限". */
const GRID_ROWS = 4;

/**
 * The blank tables of one form of the annex chapter. The form's items are its fields, a table of
 * field and blank entry; an item with "|" is the header of a grid of blank rows (e.g. the action
 * items of meeting minutes).
 */
export function formTables(form: PolicyArticle): PolicyTable[] {
  const tables: PolicyTable[] = [];
  let fields: string[] = [];
  const flush = () => {
    if (fields.length === 0) return;
    tables.push({ role: 'form', widths: [3, 8], header: [], rows: fields.map((f) => [f, '']), centred: [], landscape: false, blank: true });
    fields = [];
  };
  for (const item of form.items) {
    const cells = item.split('|').map((c) => c.trim());
    if (cells.length < 2) {
      fields.push(item);
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
