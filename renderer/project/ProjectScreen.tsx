import { ReadOnlyBanner } from '../file-state/ReadOnlyBanner';
import { ReloadedNotice } from '../file-state/ReloadedNotice';
import { FindingsCount } from '../findings/FindingsCount';
import { CurrentView } from './CurrentView';
import { ProjectExplorer } from './ProjectExplorer';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { ViewTabs } from './ViewTabs';
import { useUndoRedoShortcuts } from './use-undo-redo-shortcuts';
import './project.css';

export function ProjectScreen() {
  useUndoRedoShortcuts();
  return (
    <div className="project-screen">
      <TopBar />
      <ReadOnlyBanner />
      <ReloadedNotice />
      <div className="workspace">
        <aside className="sidebar">
          <ProjectExplorer />
        </aside>
        <main className="content">
          <ViewTabs />
          <div id="view-panel" role="tabpanel" className="view-panel">
            <CurrentView />
          </div>
        </main>
      </div>
      <StatusBar>
        <FindingsCount />
      </StatusBar>
    </div>
  );
}
