import { useTranslation } from 'react-i18next';
import type { ProcessImportPreviewView } from '../../shared/ipc/contract';
import { ImportModal } from './ImportModal';
import { useProjectStore } from '../state/project-store';

interface ProcessImportDialogProps {
  preview: ProcessImportPreviewView;
  onClose: (applied: boolean) => void;
}

/** What a BPMN file or a process table would add, and what it holds that cannot be imported. */
export function ProcessImportDialog({ preview, onClose }: ProcessImportDialogProps) {
  const { t } = useTranslation();
  const applyProcessImport = useProjectStore((s) => s.applyProcessImport);
  const names = (list: readonly string[]) => list.join(t('exports.listSeparator'));

  return (
    <ImportModal title={t('exports.processPreviewTitle', { fileName: preview.fileName })} apply={() => applyProcessImport(preview.token)} onClose={onClose}>
      <div className="import-changes">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('exports.processName')}</th>
              <th scope="col">{t('exports.lanes')}</th>
              <th scope="col">{t('exports.steps')}</th>
              <th scope="col">{t('exports.flows')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.processes.map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.lanes}</td>
                <td>{p.steps}</td>
                <td>{p.flows}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.departmentsCreated.length > 0 && <p>{t('exports.newDepartments', { names: names(preview.departmentsCreated) })}</p>}
      {preview.departmentsMatched.length > 0 && <p>{t('exports.existingDepartments', { names: names(preview.departmentsMatched) })}</p>}
      {preview.positionsCreated.length > 0 && <p>{t('exports.newPositions', { names: names(preview.positionsCreated) })}</p>}
      {preview.leftOut.length === 0 ? (
        <p>{t('exports.nothingLeftOut')}</p>
      ) : (
        <>
          <h3>{t('exports.leftOut', { count: preview.leftOut.length })}</h3>
          <ul className="import-unmatched">
            {preview.leftOut.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </ImportModal>
  );
}
