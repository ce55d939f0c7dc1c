import { SkipLink } from '../common/SkipLink';
import { ReadOnlyBanner } from '../file-state/ReadOnlyBanner';
import { ReloadedNotice } from '../file-state/ReloadedNotice';
import { FindingsCount } from '../findings/FindingsCount';
import { useViewMemory } from '../state/use-view-memory';
import { useViewStore } from '../state/view-store';
import { CurrentView } from './CurrentView';
import { ProjectExplorer } from './ProjectExplorer';
import { StatusBar } from './StatusBar';
import { TopBar } from './TopBar';
import { tabId, ViewTabs } from './ViewTabs';
import { useUndoRedoShortcuts } from './use-undo-redo-shortcuts';
import './project.css';

export function ProjectScreen() {
  useUndoRedoShortcuts();
  useViewMemory();
  const view = useViewStore((s) => s.view);
  return (
    <div className="project-screen">
      <SkipLink targetId="main-content" />
      <TopBar />
      <ReadOnlyBanner />
      <ReloadedNotice />
      <div className="workspace">
        <aside className="sidebar">
          <ProjectExplorer />
        </aside>
        <main className="content" id="main-content">
          <ViewTabs />
          <div id="view-panel" role="tabpanel" aria-labelledby={tabId(view)} className="view-panel">
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
