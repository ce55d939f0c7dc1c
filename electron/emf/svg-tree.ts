import { SaxesParser } from 'saxes';

/** An element of an SVG document: its name, attributes and child elements (text content is not kept). */
export interface SvgElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: SvgElement[];
  /** Whether it holds text of its own, which only a text element may. */
  hasText: boolean;
}

/** Parses an SVG document into its element tree; malformed XML makes it throw. */
export function parseSvgTree(svg: string): SvgElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: SvgElement[] = [];
  let root: SvgElement | undefined;
  parser.on('opentag', (tag) => {
    const element: SvgElement = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [], hasText: false };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (text) => {
    const open = stack[stack.length - 1];
    if (open && text.trim() !== '') open.hasText = true;
  });
  parser.write(svg).close();
  if (!root || root.name !== 'svg') throw new Error('not an SVG document');
  return root;
}
