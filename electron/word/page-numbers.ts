import type { PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { lighterTables } from './lighter-tables';

const estimate = estimatePageNumbersWith({ guess: true });

/**
 * The pages, worked out as the document is written (docx's layout, with exact line heights
 * throughout), fill in the contents' page numbers and the page counts; fonts it has no widths for,
 * such as 仿宋_GB2312, are measured as the nearest it has — CJK characters are a full em in all of them.
 * Headings carry their numbers in their text (第一章), never Word's list numbering, so the estimator
 * goes without `listNumbers`: asking for them lays the whole document out once more, for nothing.
 * The layout is given the body with each row's runs of one-line table cells joined (see
 * lighter-tables): the same pages, in a fraction of the time for RACI matrices.
 */
export const PAGE_NUMBERS: PageNumberEstimator = (body, context) => estimate(lighterTables(body), context);
