import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBuiltWebHost, type BuiltWebHost } from '../../test/support/built-web-host';
import { rawRequest } from '../../test/support/raw-request';

let host: BuiltWebHost;
beforeEach(async () => {
  host = await startBuiltWebHost(mkdtempSync(join(tmpdir(), 'lanewise-host-')));
});
afterEach(() => host.stop());

const info = { method: 'POST', path: '/api/app.info', body: '{}' };

describe('the browser host under hostile requests', () => {
  it('answers a path that does not decode with 400 and keeps running', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/assets/%ZZ.js']) {
      expect((await rawRequest(host.port, { path, headers: { Host: `127.0.0.1:${host.port}` } })).status).toBe(400);
    }
    expect(host.process.exitCode).toBeNull();
    expect(await host.call('app.info')).toMatchObject({ ok: true, value: { host: 'web' } });
  });

  it('refuses a request whose Host is not this machine at this port, on every route (DNS rebinding)', async () => {
    for (const hostHeader of ['attacker.example', `attacker.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `localhost.attacker.example:${host.port}`, '127.0.0.1']) {
      const headers = { Host: hostHeader, Origin: `http://${hostHeader}`, 'Content-Type': 'application/json' };
      expect((await rawRequest(host.port, { ...info, headers })).status).toBe(403);
      expect((await rawRequest(host.port, { path: '/', headers: { Host: hostHeader } })).status).toBe(403);
      expect((await rawRequest(host.port, { path: '/index.html', headers: { Host: hostHeader } })).status).toBe(403);
      expect((await rawRequest(host.port, { path: '/download/anything', headers: { Host: hostHeader } })).status).toBe(403);
    }
  });

  it('answers the names of this machine at its own port', async () => {
    for (const hostHeader of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `[::1]:${host.port}`]) {
      const response = await rawRequest(host.port, { ...info, headers: { Host: hostHeader, Origin: `http://${hostHeader}`, 'Content-Type': 'application/json' } });
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ ok: true });
    }
  });

  it('refuses an API call from a page of another origin even with the right Host', async () => {
    const headers = { Host: `localhost:${host.port}`, Origin: `http://attacker.example:${host.port}`, 'Content-Type': 'application/json' };
    expect((await rawRequest(host.port, { ...info, headers })).status).toBe(403);
  });
});
