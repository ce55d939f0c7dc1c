import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCellView } from '../../shared/ipc/contract';
import { displayLetters } from '../../shared/model/raci-letters';

export const lettersText = (letters: string | null, empty: string) => (letters === null ? empty : displayLetters(letters) || empty);

interface ImportCellTableProps {
  cells: readonly ImportCellView[];
  /** Headers of the two middle columns. */
  labels: readonly [string, string];
  /** The two middle cells of a row: what matters about the cell in its group. */
  values: (cell: ImportCellView, index: number) => readonly [ReactNode, ReactNode];
}

/** The cells of one group of the import preview: which step and party, two values, and where in the workbook. */
export function ImportCellTable({ cells, labels, values }: ImportCellTableProps) {
  const { t } = useTranslation();
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
          {cells.map((c, i) => {
            const [first, second] = values(c, i);
            return (
              <tr key={`${c.ref}/${c.stepCode}/${c.partyName}`}>
                <td>
                  {c.stepCode} {c.stepName}
                </td>
                <td>{c.partyName}</td>
                <td>{first}</td>
                <td>{second}</td>
                <td className="import-ref">{c.ref}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
