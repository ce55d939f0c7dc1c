import PDFDocument from 'pdfkit';
import type { Language } from '../../shared/model/entities';
import { outlineFontFiles } from '../diagram/outline-fonts';

export const FONT = 'lw-cjk';
export const BOLD = 'lw-cjk-bold';

const NO_FONT: Record<Language, string> = {
  'zh-CN': '未找到可显示中文的系统字体(如 Noto Sans CJK、微软雅黑、冬青黑体)，无法生成 PDF。',
  en: 'No system font able to show Chinese (such as Noto Sans CJK, Microsoft YaHei or Hiragino Sans GB) was found, so no PDF can be made.',
};

export class PdfExportError extends Error {
  override readonly name = 'PdfExportError';
}

/**
 * A PDF document with the CJK system font the diagram pictures use, embedded as a subset of the
 * glyphs the document shows: text stays text (searchable, copyable), and the file stays small.
 */
export function newPdfDocument(language: Language, title: string): PDFKit.PDFDocument {
  const files = outlineFontFiles();
  if (!files) throw new PdfExportError(NO_FONT[language]);
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, bufferPages: true, info: { Title: title, Creator: 'Lanewise' }, lang: language, displayTitle: true });
  doc.registerFont(FONT, files.regular.path, files.regular.face);
  doc.registerFont(BOLD, files.bold.path, files.bold.face);
  return doc;
}

/** Ends the document and hands back its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
