import type { ApiError, Channel, LanewiseApi, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';

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
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request),
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
