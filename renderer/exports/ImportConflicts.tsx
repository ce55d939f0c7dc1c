import { useTranslation } from 'react-i18next';
import type { ConflictChoice, ImportCellView } from '../../shared/ipc/contract';
import { cellKey, lettersText } from './ImportCellTable';

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
      <div className="import-changes">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('exports.step')}</th>
              <th scope="col">{t('exports.party')}</th>
              <th scope="col">{t('exports.atExport')}</th>
              <th scope="col">{t('exports.choice')}</th>
              <th scope="col">{t('exports.cell')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c, i) => {
              const name = `conflict-${i}`;
              const mine = lettersText(c.mine, empty);
              const theirs = lettersText(c.theirs, empty);
              return (
                <tr key={cellKey(c)}>
                  <td>
                    {c.stepCode} {c.stepName}
                  </td>
                  <td>{c.partyName}</td>
                  <td>{lettersText(c.base, empty)}</td>
                  <td>
                    <div role="radiogroup" className="import-choice" aria-label={t('exports.choiceFor', { step: `${c.stepCode} ${c.stepName}`.trim(), party: c.partyName })}>
                      <label>
                        <input type="radio" name={name} checked={choiceOf(i) === 'mine'} onChange={() => onChoose(i, 'mine')} />
                        {t('exports.keepMine', { letters: mine })}
                      </label>
                      <label>
                        <input type="radio" name={name} checked={choiceOf(i) === 'theirs'} onChange={() => onChoose(i, 'theirs')} />
                        {t('exports.takeTheirs', { letters: theirs })}
                      </label>
                    </div>
                  </td>
                  <td className="import-ref">{c.ref}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
