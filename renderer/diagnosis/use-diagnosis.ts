import { useTranslation } from 'react-i18next';
import { diagnosisTerms, type DiagnosisTerms } from '../../shared/diagnosis/diagnosis-terms';
import type { DiagnosisSettings } from '../../shared/model/diagnosis-entities';
import { languageFromLocale } from '../i18n/language';
import { useProjectStore } from '../state/project-store';
import type { TableName, TableRows } from '../../shared/model/table-registry';

const NO_ROWS = Object.freeze({}) as Readonly<Record<string, never>>;

/** A table of the open project (the same object until it changes, so selectors stay cheap). */
export function useRows<T extends TableName>(table: T): Readonly<Record<string, TableRows[T]>> {
  return useProjectStore((s) => s.project?.state.tables[table] ?? NO_ROWS) as Readonly<Record<string, TableRows[T]>>;
}

/** The diagnosis words (sources, statuses, priorities, column names) in the interface's language. */
export function useTerms(): DiagnosisTerms {
  const { i18n } = useTranslation();
  return diagnosisTerms(languageFromLocale(i18n.language));
}

/** The project's diagnosis settings and a way to change some of them as one undoable edit. */
export function useDiagnosisSettings(): [DiagnosisSettings | null, (patch: Partial<DiagnosisSettings>) => void] {
  const settings = useProjectStore((s) => s.project?.state.meta.diagnosis ?? null);
  const execute = useProjectStore((s) => s.execute);
  return [
    settings,
    (patch) => {
      const current = useProjectStore.getState().project?.state.meta.diagnosis;
      if (current) void execute({ type: 'setMeta', patch: { diagnosis: { ...current, ...patch } } });
    },
  ];
}
