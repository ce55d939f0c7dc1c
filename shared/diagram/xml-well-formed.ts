/**
 * Test helper: problems that would stop an XML parser reading a document (unbalanced or crossed
 * tags, unquoted or repeated attributes, raw "<" or stray "&" in text). Empty when well-formed.
 * It covers the XML the diagram export writes, not DTDs or CDATA.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const checkText = (text: string, where: string) => {
    const bare = text.replace(entity, '');
    if (bare.includes('&')) problems.push(`stray & in ${where}`);
    if (bare.includes('<')) problems.push(`raw < in ${where}`);
  };
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*"[^"]*")*)\s*(\/?)>|<|[^<]+/g;
  for (const m of xml.matchAll(token)) {
    const [whole, closing, name, attrs, selfClosing] = m;
    if (whole === '<') {
      problems.push(`malformed tag at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    } else if (closing) {
      const expected = open.pop();
      if (expected !== closing) problems.push(`</${closing}> closes <${expected ?? 'nothing'}>`);
    } else if (name) {
      if (open.length === 0) roots += 1;
      const seen = new Set<string>();
      for (const a of (attrs ?? '').matchAll(/([^\s=]+)\s*=\s*"([^"]*)"/g)) {
        const attr = a[1] ?? '';
        if (seen.has(attr)) problems.push(`attribute ${attr} repeated on <${name}>`);
        seen.add(attr);
        checkText(a[2] ?? '', `attribute ${attr} of <${name}>`);
      }
      if (!selfClosing) open.push(name);
    } else if (!whole.startsWith('<')) {
      if (open.length === 0 && whole.trim()) problems.push('text outside the root element');
      checkText(whole, 'text');
    }
  }
  if (open.length > 0) problems.push(`unclosed <${open.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** Test helper: text a fragment shows, tags removed and entities decoded. */
export function textContent(fragment: string): string {
  return fragment
    .replace(/<title>[\s\S]*?<\/title>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
