import { join } from 'node:path';
import { APP_VERSION } from '../app-version';
import { defaultHome } from '../project/project-library';
import { checkSqliteBinding, useNativeBinding } from '../project/sqlite-binding';
import { createProjectServices, type ProjectServices } from './project-services';
import { SQLITE_BINDING_ARG, type FromServices, type ToServices } from './relay-protocol';
import { servicesEndpoint } from './services-endpoint';
import { windowSession, type WindowSession } from './window-session';

/**
 * The desktop app's project services, in an Electron utility process: the workspace, SQLite,
 * exports and imports (in worker threads beside it), so the window's process only relays.
 */
const port = process.parentPort;
const post = (message: FromServices) => port.postMessage(message);

const binding = process.argv.find((a) => a.startsWith(SQLITE_BINDING_ARG))?.slice(SQLITE_BINDING_ARG.length);
useNativeBinding(binding);

let services: ProjectServices | null = null;
let window: WindowSession | null = null;
const endpoint = servicesEndpoint(
  post,
  () => ({ services: services!, window: window! }),
  () => process.exit(0),
);

try {
  checkSqliteBinding();
  services = createProjectServices({
    home: defaultHome(),
    app: 'Lanewise',
    host: 'electron',
    version: APP_VERSION,
    restrictToLibrary: false,
    dialogs: endpoint.dialogs,
    exportDialogs: endpoint.dialogs,
    jobWorker: join(__dirname, 'job-worker.cjs'),
    onLanguage: (language) => post({ type: 'language', language }),
    launchSession: () => window?.id ?? undefined,
  });
  window = windowSession(services.workspace);
  port.on('message', (event: { data: ToServices }) => endpoint.receive(event.data));
  post({ type: 'ready' });
} catch (err) {
  // Main shows this and ends the process.
  post({ type: 'fatal', message: err instanceof Error ? err.message : String(err) });
}
