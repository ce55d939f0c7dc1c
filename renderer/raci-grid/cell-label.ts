import type { TFunction } from 'i18next';
import { displayLetters } from './grid-layout';

/** `positionsHold`: letters the party's positions hold, shown in the departments view; `conflict`: the cell takes part in an open error. */
export type CellLabeller = (step: string, party: string, letters: string, positionsHold?: string, conflict?: boolean) => string;

/**
 * "N03 需求评审 × 市场部: R/A". The template is translated once and filled by string joins:
 * a screenful of cells would otherwise cost a thousand calls into i18next on every render.
 */
export function cellLabeller(t: TFunction): CellLabeller {
  const [a = '', b = '', c = '', d = ''] = t('raci.cellLabel', { step: '\u0000', party: '\u0000', letters: '\u0000' }).split('\u0000');
  const empty = t('raci.emptyCell');
  const [h0 = '', h1 = '', h2 = ''] = t('raci.positionsHold', { department: '\u0000', letters: '\u0000' }).split('\u0000');
  const conflictText = t('raci.conflictCell');
  return (step, party, letters, positionsHold, conflict) => {
    const base = `${a}${step}${b}${party}${c}${letters ? displayLetters(letters) : empty}${d}`;
    const held = positionsHold ? `${base}; ${h0}${party}${h1}${displayLetters(positionsHold)}${h2}` : base;
    return conflict ? `${held}; ${conflictText}` : held;
  };
}
