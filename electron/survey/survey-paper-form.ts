import { AlignmentType, Document, Packer, Paragraph, type FileChild } from 'docx';
import { formLabels } from '../../shared/diagnosis/form-labels';
import { questionnaire } from '../../shared/diagnosis/questionnaire';
import type { ProjectState } from '../../shared/model/project-state';
import type { PolicyTable } from '../../shared/policy/policy-document-types';
import { pageProperties, textWidth } from '../word/word-page';
import { documentStyles, STYLE } from '../word/word-styles';
import { wordTable } from '../word/word-tables';
import { typography } from '../word/word-typography';

const BOX = '□';

/**
 * The questionnaire on paper: the respondent's fields with room to write, then a table per
 * dimension with a box to tick under each point of the 1–5 scale. The numbers match the Excel
 * form, so answers can be typed into its sheet of many respondents.
 */
export async function surveyPaperFormBytes(state: ProjectState): Promise<Buffer> {
  const language = state.meta.language;
  const labels = formLabels(language);
  const layout = state.meta.policy.layout;
  const width = textWidth(layout, 'portrait');
  const fields: PolicyTable = {
    role: 'form',
    widths: [1, 2],
    header: [],
    rows: [
      [labels.department, ''],
      [labels.position, ''],
      [labels.respondent, ''],
    ],
    centred: [],
    landscape: false,
    blank: true,
  };
  const children: FileChild[] = [
    new Paragraph({ style: STYLE.coverTitle, text: labels.title }),
    new Paragraph({ style: STYLE.article, text: labels.instructions }),
    wordTable(fields, Math.round(width * 0.8), true),
    new Paragraph({ style: STYLE.article, text: labels.paperInstructions, spacing: { before: 240 } }),
  ];
  for (const d of questionnaire(state, language)) {
    const table: PolicyTable = {
      role: 'form',
      widths: [1, 6.4, 1.1, 1.1, 1.1, 1.1, 1.1],
      header: [[{ text: labels.code }, { text: labels.statement }, ...labels.scale.map((s, i) => ({ text: `${i + 1}\n${s}` }))]],
      rows: d.questions.map((q) => [q.code, q.text, BOX, BOX, BOX, BOX, BOX]),
      centred: [0, 2, 3, 4, 5, 6],
      landscape: false,
      blank: false,
    };
    children.push(new Paragraph({ style: STYLE.caption, text: `${d.number} ${d.name}`, keepNext: true, alignment: AlignmentType.LEFT }), wordTable(table, width), new Paragraph({ style: STYLE.table, text: '' }));
  }
  children.push(new Paragraph({ style: STYLE.cover, text: labels.thanks, spacing: { before: 360 } }));
  const document = new Document({
    title: labels.title,
    creator: 'Lanewise',
    styles: documentStyles(typography(language, layout)),
    sections: [{ properties: { page: pageProperties(layout, 'portrait') }, children }],
  });
  return Packer.toBuffer(document);
}
