import { useTranslation } from 'react-i18next';
import type { ImportCellView } from '../../shared/ipc/contract';
import { displayLetters } from '../../shared/model/raci-letters';

export const lettersText = (letters: string | null, empty: string) => (letters === null ? empty : displayLetters(letters) || empty);

export const cellKey = (c: ImportCellView) => `${c.ref}/${c.stepCode}/${c.partyName}`;

interface ImportCellTableProps {
  cells: readonly ImportCellView[];
  /** Which two values the group compares, left to right. */
  columns: readonly ['mine' | 'theirs', 'mine' | 'theirs'];
  labels: readonly [string, string];
}

/** The cells of one group of the import preview: where, which step and party, and the two values that matter. */
export function ImportCellTable({ cells, columns, labels }: ImportCellTableProps) {
  const { t } = useTranslation();
  const empty = t('exports.empty');
  return (
    <div className="import-changes">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('exports.step')}</th>
            <th scope="col">{t('exports.party')}</th>
            <th scope="col">{labels[0]}</th>
            <th scope="col">{labels[1]}</th>
            <th scope="col">{t('exports.cell')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={cellKey(c)}>
              <td>
                {c.stepCode} {c.stepName}
              </td>
              <td>{c.partyName}</td>
              <td>{lettersText(c[columns[0]], empty)}</td>
              <td>{lettersText(c[columns[1]], empty)}</td>
              <td className="import-ref">{c.ref}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
