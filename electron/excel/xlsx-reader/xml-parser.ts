import { SaxesParser } from 'saxes';

export interface XmlHandlers {
  /** An element opens; `name` without its namespace prefix, attributes by their full names. */
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

/** The value of an attribute whatever its prefix (r:id, x:ref…), for writers that add prefixes. */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  if (Object.hasOwn(attributes, name)) return attributes[name];
  for (const key of Object.keys(attributes)) if (localName(key) === name) return attributes[key];
  return undefined;
}

/**
 * A streaming XML parser for the parts of a workbook: strict (malformed XML is an error, never
 * guessed at), namespaces reduced to local names (strict OOXML and prefixed writers read alike), and
 * no document type at all, so no entity of a DTD is ever expanded.
 */
export function xmlParser(handlers: XmlHandlers): { write(chunk: string): void; close(): void } {
  // saxes throws on malformed XML by default; a handler throwing ends the parse the same way.
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  parser.on('doctype', () => {
    throw new Error('a document type declaration, which workbooks do not use');
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(localName(tag.name), tag.attributes));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return {
    write(chunk) {
      parser.write(chunk);
    },
    close() {
      parser.close();
    },
  };
}
