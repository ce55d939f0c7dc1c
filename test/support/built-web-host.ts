import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../scripts/bench/browser-host';
import { takesSession } from '../../electron/ipc/session-dispatch';

export interface BuiltWebHost {
  port: number;
  process: ChildProcess;
  /** Calls the API as the renderer does: naming the session it was last answered with, unless the body names one. */
  call(channel: string, body?: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
  stop(): Promise<void>;
}

/** Starts dist/web/server.mjs on a free port with its own project folder and waits until its API answers. */
export async function startBuiltWebHost(home: string, env: Record<string, string> = {}): Promise<BuiltWebHost> {
  const port = await freePort();
  const child = spawn(process.execPath, ['dist/web/server.mjs'], { env: { ...process.env, ...env, LANEWISE_HOME: home, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  let session = '';
  const call: BuiltWebHost['call'] = async (channel, body = {}) => {
    const request = takesSession(channel) && !(body as { session?: unknown }).session ? { session, ...(body as object) } : body;
    const response = await fetch(`http://127.0.0.1:${port}/api/${channel}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) });
    const result = (await response.json()) as Awaited<ReturnType<BuiltWebHost['call']>>;
    const answered = result.ok ? (result.value as { session?: unknown } | null) : null;
    if (answered && typeof answered.session === 'string') session = answered.session;
    return result;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`The browser host exited (${child.exitCode}): ${stderr}`);
    try {
      await call('app.info');
      return { port, process: child, call, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await stop();
  throw new Error(`The browser host did not start: ${stderr}`);
}
