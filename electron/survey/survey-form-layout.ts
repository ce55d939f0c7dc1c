/**
 * Where things sit in the questionnaire workbook Lanewise writes, shared by the writer and the
 * reader so the two cannot drift apart.
 */
export const FORM_MARKER = 'lanewise-survey-form';
export const FORM_VERSION = 1;
/** The hidden sheet with the marker and the list of departments for the drop-down. */
export const MARKER_SHEET = 'Lanewise';
export const MARKER_CELL = 'A1';
export const VERSION_CELL = 'A2';
export const DEPARTMENT_LIST_COLUMN = 'C';

/** The respondent's form: one respondent per workbook. */
export const FORM = {
  departmentCell: 'D4',
  positionCell: 'D5',
  respondentCell: 'D6',
  headerRow: 8,
  firstQuestionRow: 9,
  /** Hidden: the question's id, so rewording or reordering questions after sending keeps answers matched. */
  idColumn: 'A',
  codeColumn: 'B',
  textColumn: 'C',
  answerColumn: 'D',
} as const;

/** The consultant's sheet of many respondents: a row each. */
export const TALLY = {
  /** Hidden row naming what each column holds. */
  keyRow: 3,
  headerRow: 4,
  firstRow: 5,
  /** Rows with drop-downs and validations ready for typing. */
  preparedRows: 500,
  departmentKey: 'department',
  positionKey: 'position',
  respondentKey: 'respondent',
} as const;

export const QUESTION_KEY_PREFIX = 'q:';
