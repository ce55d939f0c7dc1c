import { useTranslation } from 'react-i18next';
import { ProcessCanvasView } from '../canvas/ProcessCanvasView';
import { DiagnosisView } from '../diagnosis/DiagnosisView';
import { FindingsView } from '../findings/FindingsView';
import { KeyNodeTableView } from '../key-nodes/KeyNodeTableView';
import { MetricsView } from '../metrics/MetricsView';
import { OrganisationPanel } from '../organisation/OrganisationPanel';
import { PolicyView } from '../policy/PolicyView';
import { RaciGridView } from '../raci-grid/RaciGridView';
import { useProjectStore } from '../state/project-store';
import { useViewStore, type View } from '../state/view-store';

/** Views that show one process need one selected. */
const NEEDS_PROCESS: Record<View, boolean> = { diagram: true, keyNodes: true, raci: false, findings: false, metrics: true, policy: false, organisation: false, diagnosis: false };

export function CurrentView() {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const processId = useViewStore((s) => s.processId);
  const processExists = useProjectStore((s) => (processId ? s.project?.state.tables.processes[processId] !== undefined : false));
  const hasProcesses = useProjectStore((s) => Object.keys(s.project?.state.tables.processes ?? {}).length > 0);
  if (NEEDS_PROCESS[view] && (!processId || !processExists)) return <p className="empty view-empty">{hasProcesses ? t('views.pickProcess') : t('views.noProcess')}</p>;
  switch (view) {
    case 'diagram':
      return <ProcessCanvasView processId={processId!} />;
    case 'keyNodes':
      return <KeyNodeTableView processId={processId!} />;
    case 'raci':
      return <RaciGridView processId={processExists ? processId : null} />;
    case 'findings':
      return <FindingsView />;
    case 'metrics':
      return <MetricsView processId={processId!} />;
    case 'policy':
      return <PolicyView />;
    case 'organisation':
      return <OrganisationPanel />;
    case 'diagnosis':
      return <DiagnosisView />;
  }
}
