import type { ApiError, Channel, LanewiseApi, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';

/** Browsers allow 64 KB in flight, all told, for requests that outlive their page. */
const KEEPALIVE_LIMIT = 60_000;
let leaving = false;

/** While the page is going, a small request (the edit being committed) is sent so that it outlives the page. */
export function pageLeaving(value: boolean): void {
  leaving = value;
}

export function isPageLeaving(): boolean {
  return leaving;
}

function failure(message: string): { ok: false; error: ApiError } {
  return { ok: false, error: { code: 'internal', message } };
}

function isResult(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** The browser host's API: every channel is POST /api/<channel>. Never throws; transport failures become errors. */
export const webApi: LanewiseApi = {
  async invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
    let response: Response;
    try {
      const body = JSON.stringify(request);
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        keepalive: leaving && body.length < KEEPALIVE_LIMIT,
      });
    } catch (error) {
      return failure(error instanceof Error ? error.message : String(error));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(`${response.status} ${response.statusText}`);
    }
    if (!isResult(body)) return failure(`Unexpected response from ${channel}`);
    // The server answers with the contract's Result for this channel.
    return body as Result<ResponseOf<C>>;
  },
};
