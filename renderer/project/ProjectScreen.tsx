import { OrganisationPanel } from '../organisation/OrganisationPanel';
import { ProcessList } from '../processes/ProcessList';
import { TopBar } from './TopBar';
import { useUndoRedoShortcuts } from './use-undo-redo-shortcuts';

export function ProjectScreen() {
  useUndoRedoShortcuts();
  return (
    <div className="project-screen">
      <TopBar />
      <div className="workspace">
        <aside className="sidebar">
          <ProcessList />
        </aside>
        <main className="content">
          <OrganisationPanel />
        </main>
      </div>
    </div>
  );
}
