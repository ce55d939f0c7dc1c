import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultHome } from '../project/project-library';
import { DOWNLOAD_PATH } from '../exports/download-store';
import { createProjectServices } from '../services/project-services';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/content-security-policy';
import { APP_VERSION } from '../app-version';
import { fromLocalHost, fromLocalPage, localHosts } from './local-origin';
import { decodePath, readStatic } from './static-files';

const MAX_BODY = 64 * 1024 * 1024;
/** A tab that has not asked anything for this long was closed without closing its project. */
const IDLE_SESSION_MS = 15 * 60 * 1000;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('Request too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

/** The built job worker beside this bundle (dist/web/job-worker.mjs). */
const JOB_WORKER = join(dirname(fileURLToPath(import.meta.url)), 'job-worker.mjs');

export function startWebHost(port: number, home: string, rendererDir: string) {
  // Exports, imports and big batches run in worker threads, so the API keeps answering meanwhile.
  const services = createProjectServices({ home, app: 'Lanewise (browser)', host: 'web', version: APP_VERSION, restrictToLibrary: true, jobWorker: JOB_WORKER });
  const { dispatch } = services;
  const sweep = setInterval(() => services.workspace.closeIdle(IDLE_SESSION_MS), 60_000);
  sweep.unref();
  let hosts: ReadonlySet<string> = localHosts(port);
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!fromLocalHost(req, hosts)) return send(res, 403, 'text/plain', 'Forbidden');
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST' || !fromLocalPage(req, hosts)) return send(res, 403, 'text/plain', 'Forbidden');
      let request: unknown;
      try {
        const body = await readBody(req);
        request = body ? JSON.parse(body) : {};
      } catch (err) {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid-request', message: `Malformed request: ${(err as Error).message}` } }));
      }
      return send(res, 200, 'application/json', JSON.stringify(await dispatch(url.pathname.slice(5), request)));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname.startsWith(DOWNLOAD_PATH)) {
      if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
      const file = services.downloads.take(url.pathname);
      if (!file) return send(res, 404, 'text/plain', 'This download has already been fetched or has expired; export again');
      return send(res, 200, file.mime, file.bytes, { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}` });
    }
    const path = decodePath(url.pathname);
    if (path === null) return send(res, 400, 'text/plain', 'Bad request');
    const file = await readStatic(rendererDir, path);
    if (file) return send(res, 200, file.type, file.body);
    const index = await readStatic(rendererDir, '/index.html');
    return index ? send(res, 200, index.type, index.body) : send(res, 404, 'text/plain', 'Renderer not built: run npm run build');
  }
  // No request may end the process: whatever a handler throws becomes a 500 for that request alone.
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('lanewise: request failed:', err);
      if (res.headersSent) res.destroy();
      else send(res, 500, 'text/plain', 'Internal error');
    });
  });
  server.on('listening', () => {
    const address = server.address();
    if (typeof address === 'object' && address) hosts = localHosts(address.port);
  });
  server.on('close', () => {
    clearInterval(sweep);
    services.close();
  });
  server.listen(port, '127.0.0.1');
  return server;
}

const isEntry = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  const port = Number(process.env.PORT ?? 5180);
  const home = defaultHome();
  const rendererDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  const server = startWebHost(port, home, rendererDir).on('listening', () => {
    console.log(`Lanewise is running at http://localhost:${port} (projects in ${home})`);
  });
  // Stopped from the terminal or by a test runner: the open project is closed and checkpointed first.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
