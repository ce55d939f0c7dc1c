import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { chartTexts, complaintsChartSvg, historyRatesChartSvg } from '../../shared/diagnosis/charts/diagnosis-charts';
import { formatRate, processHistories } from '../../shared/diagnosis/history-figures';
import type { HistoryRecord } from '../../shared/model/diagnosis-entities';
import { sortedByOrder } from '../../shared/model/project-state';
import { CommitField } from '../canvas/CommitField';
import { newId } from '../state/new-id';
import { useProjectStore } from '../state/project-store';
import { DeleteRowButton } from './DeleteRowButton';
import { ImportRefusal } from './ImportRefusal';
import { useDiagnosisFiles } from './use-diagnosis-files';
import { RowOptions } from './Options';
import { TableHead } from './TableHead';
import { useDiagnosisSettings, useRows, useTerms } from './use-diagnosis';
import { WorkbookImportButton } from './WorkbookImportButton';

const COUNTS = ['projects', 'delayedProjects', 'complaints', 'reworks'] as const;

function rate(n: number, of: number): string {
  return formatRate(of > 0 ? n / of : null);
}

/** 历史数据分析: a year of project data per process (and department), entered here or imported. */
export function HistorySection() {
  const { t } = useTranslation();
  const terms = useTerms();
  const execute = useProjectStore((s) => s.execute);
  const files = useDiagnosisFiles();
  const [settings, saveSettings] = useDiagnosisSettings();
  const processTable = useRows('processes');
  const departmentTable = useRows('departments');
  const records = useRows('historyRecords');
  const processes = sortedByOrder(Object.values(processTable));
  const departments = sortedByOrder(Object.values(departmentTable));
  const state = useProjectStore((s) => s.project?.state);
  // Only these tables feed the figures; other edits leave them be.
  const histories = useMemo(() => (state ? processHistories(state) : []), [records, processTable, departmentTable]);
  const [draft, setDraft] = useState({ processId: '', departmentId: '' });
  const texts = chartTexts(terms);
  const update = (id: string, patch: Partial<HistoryRecord>) => void execute({ type: 'update', table: 'historyRecords', id, patch });

  async function add(e: FormEvent): Promise<void> {
    e.preventDefault();
    const processId = draft.processId || processes[0]?.id;
    if (!processId) return;
    await execute({ type: 'add', table: 'historyRecords', row: { id: newId('hr-'), processId, departmentId: draft.departmentId || null, periodFrom: settings?.periodFrom ?? '', periodTo: settings?.periodTo ?? '' } });
  }

  const rows = histories.flatMap((h) => h.records.map((r) => ({ record: r, process: h.process })));
  return (
    <div className="diagnosis-section">
      <div className="file-actions" role="group" aria-label={t('diagnosis.history.files')}>
        <button type="button" disabled={files.busy} onClick={() => void files.exportFile('history-xlsx')}>
          {t('diagnosis.history.exportXlsx')}
        </button>
        <WorkbookImportButton label={t('diagnosis.history.import')} inputLabel={t('diagnosis.history.chooseWorkbook')} multiple={false} disabled={files.busy} onFiles={(chosen) => void files.importFiles('diagnosis.importHistory', chosen)} />
        <span className="export-status" role="status">
          {files.status}
        </span>
      </div>
      {files.refused && <ImportRefusal refused={files.refused} onDismiss={files.dismiss} />}
      <section className="panel">
        <h3>{t('diagnosis.history.title')}</h3>
        <div className="field-row">
          <label className="field">
            <span className="field-label">{terms.periodFrom}</span>
            <input type="date" value={settings?.periodFrom ?? ''} onChange={(e) => saveSettings({ periodFrom: e.target.value })} />
          </label>
          <label className="field">
            <span className="field-label">{terms.periodTo}</span>
            <input type="date" value={settings?.periodTo ?? ''} onChange={(e) => saveSettings({ periodTo: e.target.value })} />
          </label>
        </div>
        {rows.length === 0 ? (
          <p className="empty">{t('diagnosis.history.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="diagnosis-table">
              <TableHead columns={[terms.process, terms.department, terms.periodFrom, terms.periodTo, terms.projects, terms.delayedProjects, terms.delayRate, terms.complaints, terms.reworks, terms.reworkRate]} actions />
              <tbody>
                {rows.map(({ record: r, process }) => {
                  const name = r.departmentId ? `${process.name} · ${departmentTable[r.departmentId]?.name ?? ''}` : process.name;
                  return (
                    <tr key={r.id}>
                      <th scope="row">{process.name}</th>
                      <td>
                        <select aria-label={t('diagnosis.history.departmentOf', { name })} value={r.departmentId ?? ''} onChange={(e) => update(r.id, { departmentId: e.target.value || null })}>
                          <RowOptions rows={departments} none={terms.allDepartments} />
                        </select>
                      </td>
                      <td>
                        <input type="date" aria-label={t('diagnosis.history.fieldOf', { field: terms.periodFrom, name })} value={r.periodFrom} onChange={(e) => update(r.id, { periodFrom: e.target.value })} />
                      </td>
                      <td>
                        <input type="date" aria-label={t('diagnosis.history.fieldOf', { field: terms.periodTo, name })} value={r.periodTo} onChange={(e) => update(r.id, { periodTo: e.target.value })} />
                      </td>
                      {COUNTS.map((field) => (
                        <CountCell key={field} label={t('diagnosis.history.fieldOf', { field: terms[field], name })} value={r[field]} onCommit={(n) => update(r.id, { [field]: n })} after={field === 'delayedProjects' ? rate(r.delayedProjects, r.projects) : field === 'reworks' ? rate(r.reworks, r.projects) : null} />
                      ))}
                      <td>
                        <DeleteRowButton table="historyRecords" id={r.id} name={name} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <form className="add-form" aria-label={t('diagnosis.history.add')} onSubmit={(e) => void add(e)}>
          <select aria-label={terms.process} value={draft.processId} onChange={(e) => setDraft({ ...draft, processId: e.target.value })}>
            <RowOptions rows={processes} />
          </select>
          <select aria-label={terms.department} value={draft.departmentId} onChange={(e) => setDraft({ ...draft, departmentId: e.target.value })}>
            <RowOptions rows={departments} none={terms.allDepartments} />
          </select>
          <button type="submit" disabled={processes.length === 0}>
            {t('diagnosis.history.add')}
          </button>
        </form>
      </section>
      {histories.length > 0 && (
        <section className="panel chart-pair" aria-label={t('diagnosis.history.charts')}>
          <div className="chart-picture" role="img" aria-label={texts.rateAxis} dangerouslySetInnerHTML={{ __html: historyRatesChartSvg(histories, texts) }} />
          <div className="chart-picture" role="img" aria-label={texts.complaints} dangerouslySetInnerHTML={{ __html: complaintsChartSvg(histories, texts) }} />
        </section>
      )}
    </div>
  );
}

/** A whole-number cell, with the rate it drives shown after it. */
function CountCell({ label, value, onCommit, after }: { label: string; value: number; onCommit: (n: number) => void; after: string | null }) {
  return (
    <>
      <td className="number">
        <CommitField
          type="number"
          min={0}
          step={1}
          label={label}
          value={String(value)}
          onCommit={(text) => {
            const n = Number(text);
            if (Number.isInteger(n) && n >= 0 && n <= 1_000_000) onCommit(n);
          }}
        />
      </td>
      {after !== null && <td className="number">{after}</td>}
    </>
  );
}
