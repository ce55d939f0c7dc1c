import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { takesSession } from '../../electron/ipc/session-dispatch';

/** A port nothing listens on, so a bench run never collides with a running app or test. */
export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Starts the built browser host on a project folder and waits until it answers. */
export async function startHost(home: string, port: number): Promise<ChildProcess> {
  const host = spawn(process.execPath, ['dist/web/server.mjs'], { env: { ...process.env, LANEWISE_HOME: home, PORT: String(port) }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return host;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  host.kill();
  throw new Error('The browser host did not start');
}

/** The session each host last answered with, named in the calls that need one (as the renderer does). */
const sessions = new Map<number, string>();

/** One call to the host's API, as the renderer makes it; its value. */
export async function call<T = unknown>(port: number, channel: string, body: object): Promise<T> {
  const session = sessions.get(port);
  const request = takesSession(channel) && session && !('session' in body) ? { session, ...body } : body;
  const response = await fetch(`http://localhost:${port}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error?.message}`);
  const answered = result.value as { session?: unknown } | null | undefined;
  if (answered && typeof answered.session === 'string') sessions.set(port, answered.session);
  return result.value as T;
}

/** A call that may take minutes (a big export on a busy machine): plain HTTP, without fetch's five-minute header timeout. */
export function slowCall<T = unknown>(port: number, channel: string, body: object): Promise<T> {
  const session = sessions.get(port);
  const payload = JSON.stringify(takesSession(channel) && session && !('session' in body) ? { session, ...body } : body);
  return new Promise((resolve, reject) => {
    const req = request({ host: 'localhost', port, method: 'POST', path: `/api/${channel}`, headers: { 'Content-Type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; value?: T; error?: { message: string } };
        if (result.ok) resolve(result.value as T);
        else reject(new Error(`${channel}: ${result.error?.message}`));
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Creates a project on the host; later requests and the page (`/?session=…`) name its session. */
export async function createProject(port: number, name: string): Promise<string> {
  return (await call<{ session: string }>(port, 'project.create', { name, language: 'en', organisation: '' })).session;
}
