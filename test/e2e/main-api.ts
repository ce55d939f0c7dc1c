import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Channel, OpenProject, RequestOf, ResponseOf, Result } from '../../shared/ipc/contract';

/** Calls the browser host directly, for setting up what the UI cannot do yet. */
export async function callMain<C extends Channel>(request: APIRequestContext, channel: C, body: RequestOf<C>): Promise<ResponseOf<C>> {
  const response = await request.post(`/api/${channel}`, { data: body });
  expect(response.ok()).toBe(true);
  const result = (await response.json()) as Result<ResponseOf<C>>;
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

/** Creates a project through the API and opens the page on it (the tab then keeps that session across reloads). */
export async function createInPage(page: Page, body: RequestOf<'project.create'>): Promise<OpenProject> {
  const project = await callMain(page.request, 'project.create', body);
  await page.goto(`/?session=${project.session}`);
  return project;
}

/** The session of the project the page has open. */
export async function pageSession(page: Page): Promise<string> {
  const session = await page.evaluate(() => sessionStorage.getItem('lanewise.session'));
  if (!session) throw new Error('the page has no project open');
  return session;
}

/** The project as the page's session sees it on the host. */
export async function pageProject(page: Page): Promise<OpenProject> {
  const project = await callMain(page.request, 'project.current', { session: await pageSession(page) });
  if (!project) throw new Error('the host does not hold the page’s project');
  return project;
}
