import { useTranslation } from 'react-i18next';
import type { ConflictChoice, ImportCellView } from '../../shared/ipc/contract';
import { ImportCellTable, lettersText } from './ImportCellTable';

interface ImportConflictsProps {
  conflicts: readonly ImportCellView[];
  /** The choice made for each conflict shown, by index; undefined while open. */
  choiceOf: (index: number) => ConflictChoice | undefined;
  onChoose: (index: number, choice: ConflictChoice) => void;
  onChooseAll: (choice: ConflictChoice) => void;
}

/** Cells both sides changed: each row asks which value to keep; two buttons settle them all. */
export function ImportConflicts({ conflicts, choiceOf, onChoose, onChooseAll }: ImportConflictsProps) {
  const { t } = useTranslation();
  const empty = t('exports.empty');
  return (
    <>
      <div className="import-choose-all">
        <button type="button" onClick={() => onChooseAll('mine')}>
          {t('exports.allMine')}
        </button>
        <button type="button" onClick={() => onChooseAll('theirs')}>
          {t('exports.allTheirs')}
        </button>
      </div>
      <ImportCellTable
        cells={conflicts}
        labels={[t('exports.atExport'), t('exports.choice')]}
        values={(c, i) => [
          lettersText(c.base, empty),
          <div key="choice" role="radiogroup" className="import-choice" aria-label={t('exports.choiceFor', { step: `${c.stepCode} ${c.stepName}`.trim(), party: c.partyName })}>
            <label>
              <input type="radio" name={`conflict-${i}`} checked={choiceOf(i) === 'mine'} onChange={() => onChoose(i, 'mine')} />
              {t('exports.keepMine', { letters: lettersText(c.mine, empty) })}
            </label>
            <label>
              <input type="radio" name={`conflict-${i}`} checked={choiceOf(i) === 'theirs'} onChange={() => onChoose(i, 'theirs')} />
              {t('exports.takeTheirs', { letters: lettersText(c.theirs, empty) })}
            </label>
          </div>,
        ]}
      />
    </>
  );
}
