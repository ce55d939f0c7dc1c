import { expect, type APIRequestContext } from '@playwright/test';
import type { Channel, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';

/** Calls the browser host directly, for setting up what the UI cannot do yet. */
export async function callMain<C extends Channel>(request: APIRequestContext, channel: C, body: RequestOf<C>): Promise<ResponseOf<C>> {
  const response = await request.post(`/api/${channel}`, { data: body });
  expect(response.ok()).toBe(true);
  const result = (await response.json()) as Result<ResponseOf<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

/** The server keeps one project open across page loads; each test starts from the start screen. */
export async function closeOpenProject(request: APIRequestContext): Promise<void> {
  await callMain(request, 'project.close', {});
}
