import { z } from 'zod';
import { contract, isChannel } from '../../shared/ipc/contract';
import type { Dispatch } from './api-handlers';

/** Whether requests on the channel name a session. */
export function takesSession(channel: string): boolean {
  if (!isChannel(channel)) return false;
  const request = contract[channel].request;
  return request instanceof z.ZodObject && 'session' in request.shape;
}

/**
 * Dispatch as one window uses it: it remembers the session the last create/open answered with and
 * names it in every request that needs one (tests and the command line).
 */
export function sessionDispatch(dispatch: Dispatch): Dispatch & { readonly session: string } {
  let session = '';
  const call = (async (channel: unknown, request: unknown = {}) => {
    const body = typeof channel === 'string' && takesSession(channel) && !(request as { session?: unknown }).session ? { session, ...(request as object) } : request;
    const result = await dispatch(channel, body);
    const value = result.ok ? (result.value as { session?: unknown } | null) : null;
    if (value && typeof value.session === 'string') session = value.session;
    if (channel === 'project.close' && result.ok) session = '';
    return result;
  }) as Dispatch & { session: string };
  Object.defineProperty(call, 'session', { get: () => session });
  return call;
}
