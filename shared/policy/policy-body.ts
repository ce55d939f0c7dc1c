import { stripNumberPrefix } from './article-numbering';

/** One article of a chapter: its text and the list items under it. */
export interface PolicyArticle {
  readonly text: string;
  readonly items: readonly string[];
}

/**
 * Reads a chapter body. Every non-empty line is an article (a textarea wraps long lines itself,
 * so a newline is always the user's choice); blank lines only space the text. Lines starting
 * with "- " are list items of the article above; items before any article get an empty article.
 * Numbers the user typed ("第三条", "Article 3") are dropped: the export numbers articles itself.
 */
export function parsePolicyBody(body: string): PolicyArticle[] {
  const articles: Array<{ text: string; items: string[] }> = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^(?:-\s|-$|[－•·]\s*)(.*)$/.exec(line);
    if (item) {
      if (articles.length === 0) articles.push({ text: '', items: [] });
      const text = item[1]!.trim();
      if (text) articles[articles.length - 1]!.items.push(text);
      continue;
    }
    articles.push({ text: stripNumberPrefix(line), items: [] });
  }
  return articles;
}

/** Writes articles back as a body, the inverse of parsePolicyBody for text without numbers. */
export function formatPolicyBody(articles: readonly PolicyArticle[]): string {
  return articles.map((a) => [a.text, ...a.items.map((i) => `- ${i}`)].filter(Boolean).join('\n')).join('\n');
}
