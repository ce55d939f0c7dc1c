/**
 * A copy of a formatted document body that lays out to the same pages with far fewer table cells:
 * in each body row, consecutive one-line cells of the same look become one empty cell spanning their
 * columns, so the row keeps its height. A RACI matrix is mostly such cells (blank, or a letter), and
 * the page layout's cost goes by cells. Header rows, cells merged already and cells holding more than
 * one paragraph are left as they are.
 */
type Node = Record<string, unknown>;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The one key of a formatted element, such as "w:tc". */
const nameOf = (node: Node) => Object.keys(node)[0]!;
const children = (node: Node): unknown[] => {
  const content = node[nameOf(node)];
  return Array.isArray(content) ? content : [];
};
const childNamed = (node: Node, name: string) => children(node).find((c): c is Node => isNode(c) && name in c);

/** Table text is at most 14 pt (GB/T 9704's 四号): no character is wider than that, in twips. */
const WIDEST_CHARACTER = 280;
/** A cell's left and right margins, with room to spare. */
const CELL_MARGINS = 230;
/** At most this many characters, so the text is a word such as "R/A", never a sentence. */
const SHORT_TEXT = 3;

/** The text of a run of plain text at the paragraph's size, or undefined for anything else. */
function plainRunText(run: unknown): string | undefined {
  if (!isNode(run) || !('w:r' in run)) return undefined;
  let text = '';
  for (const part of children(run)) {
    if (!isNode(part)) return undefined;
    if ('w:rPr' in part) {
      if (children(part).some((p) => isNode(p) && ('w:sz' in p || 'w:szCs' in p || 'w:position' in p))) return undefined;
    } else if ('w:t' in part) text += children(part).filter((t): t is string => typeof t === 'string').join('');
    else return undefined;
  }
  return text;
}

/**
 * The look of a cell that takes one line at most, whatever it says: one paragraph of no text, or of a
 * few characters its width holds on one line. Table text has exact line spacing, so such a cell is
 * one line high with its text or without it.
 */
function oneLineLook(cell: Node, width: number): string | undefined {
  const content = children(cell);
  if (content.length !== 2) return undefined;
  const [properties, paragraph] = content;
  if (!isNode(properties) || !('w:tcPr' in properties) || !isNode(paragraph) || !('w:p' in paragraph)) return undefined;
  const inside = children(paragraph);
  const paragraphProperties = inside.filter((c) => isNode(c) && 'w:pPr' in c);
  let text = '';
  for (const part of inside) {
    if (isNode(part) && 'w:pPr' in part) continue;
    const run = plainRunText(part);
    if (run === undefined) return undefined;
    text += run;
  }
  if ([...text].length > SHORT_TEXT || /\s/.test(text) || [...text].length * WIDEST_CHARACTER + CELL_MARGINS > width) return undefined;
  const cellProperties = children(properties).filter((p) => !(isNode(p) && 'w:tcW' in p));
  if (cellProperties.some((p) => isNode(p) && ('w:gridSpan' in p || 'w:vMerge' in p || 'w:hMerge' in p || 'w:textDirection' in p))) return undefined;
  return JSON.stringify([cellProperties, paragraphProperties]);
}

const widthOf = (cell: Node): number | undefined => {
  const width = childNamed(childNamed(cell, 'w:tcPr') ?? {}, 'w:tcW') as { 'w:tcW'?: { _attr?: { 'w:w'?: unknown; 'w:type'?: unknown } } } | undefined;
  const attributes = width?.['w:tcW']?._attr;
  return attributes?.['w:type'] === 'dxa' && typeof attributes['w:w'] === 'number' ? attributes['w:w'] : undefined;
};

/** Several one-line cells of one look as one empty cell, as wide as they are together. */
function spanning(cells: readonly Node[]): Node {
  const [first] = cells;
  const [properties, paragraph] = children(first!) as [Node, Node];
  const width = cells.reduce((sum, c) => sum + widthOf(c)!, 0);
  const rest = children(properties).filter((p) => !(isNode(p) && 'w:tcW' in p));
  const mark = children(paragraph).filter((c) => isNode(c) && 'w:pPr' in c);
  return { 'w:tc': [{ 'w:tcPr': [{ 'w:tcW': { _attr: { 'w:w': width, 'w:type': 'dxa' } } }, { 'w:gridSpan': { _attr: { 'w:val': cells.length } } }, ...rest] }, { 'w:p': mark }] };
}

function lighterRow(row: Node): Node {
  const content = children(row);
  const rowProperties = content.find((c): c is Node => isNode(c) && 'w:trPr' in c);
  if (rowProperties && childNamed(rowProperties, 'w:tblHeader')) return row;
  const cells = content.filter((c): c is Node => isNode(c) && 'w:tc' in c);
  if (cells.length < 2 || cells.some((c) => children(c).some((part) => isNode(part) && 'w:tbl' in part))) return row;
  const rebuilt: unknown[] = [];
  let group: Node[] = [];
  let look: string | undefined;
  const close = () => {
    if (group.length > 1) rebuilt.push(spanning(group));
    else rebuilt.push(...group);
    group = [];
    look = undefined;
  };
  for (const part of content) {
    const width = isNode(part) && 'w:tc' in part ? widthOf(part) : undefined;
    const cellLook = width === undefined ? undefined : oneLineLook(part as Node, width);
    if (cellLook !== undefined && cellLook === look) {
      group.push(part as Node);
      continue;
    }
    close();
    if (cellLook !== undefined) {
      group = [part as Node];
      look = cellLook;
    } else rebuilt.push(part);
  }
  close();
  return rebuilt.length === content.length ? row : { 'w:tr': rebuilt };
}

function lighter(node: unknown): unknown {
  if (Array.isArray(node)) {
    let changed = false;
    const next = node.map((child) => {
      const made = lighter(child);
      changed ||= made !== child;
      return made;
    });
    return changed ? next : node;
  }
  if (!isNode(node)) return node;
  const name = nameOf(node);
  if (name === 'w:tr') return lighterRow(node);
  if (name === '_attr' || !Array.isArray(node[name])) return node;
  const content = lighter(node[name]);
  return content === node[name] ? node : { ...node, [name]: content };
}

export function lighterTables<T>(body: T): T {
  return lighter(body) as T;
}
