import type { IncomingMessage } from 'node:http';

/** The names this host answers to: anything else in Host is a page on another site (DNS rebinding). */
export function localHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]);
}

export function fromLocalHost(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  return req.headers.host !== undefined && hosts.has(req.headers.host.toLowerCase());
}

/** Only pages served by this host may call the API (no other site in the same browser). */
export function fromLocalPage(req: IncomingMessage, hosts: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  return origin === undefined || (origin.startsWith('http://') && hosts.has(origin.slice('http://'.length).toLowerCase()));
}
