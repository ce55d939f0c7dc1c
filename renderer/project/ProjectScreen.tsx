import { FindingsCount } from '../findings/FindingsCount';
import { ProcessList } from '../processes/ProcessList';
import { CurrentView } from './CurrentView';
import { TopBar } from './TopBar';
import { ViewTabs } from './ViewTabs';
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
          <ViewTabs />
          <div id="view-panel" role="tabpanel" className="view-panel">
            <CurrentView />
          </div>
        </main>
      </div>
      <footer className="status-bar">
        <FindingsCount />
      </footer>
    </div>
  );
}
