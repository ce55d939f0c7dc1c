import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { PolicyLabels } from '../../shared/policy/policy-labels';
import { STYLE } from './word-styles';

/** The line at the top of every page but the cover, ruled off below. */
export function runningHeader(text: string): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, text, border: { bottom: { style: 'single', size: 4, color: '000000', space: 1 } } })] });
}

/** Enterprise style: "第 3 页 共 40 页" centred. */
export function pageOfPages(labels: PolicyLabels): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.header,
        children: [new TextRun(labels.page.before), new TextRun({ children: [PageNumber.CURRENT] }), new TextRun(labels.page.middle), new TextRun({ children: [PageNumber.TOTAL_PAGES] }), new TextRun(labels.page.after)],
      }),
    ],
  });
}
