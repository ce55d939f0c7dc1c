import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { contract, type Channel } from '../../shared/ipc/contract';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { createDispatch } from '../../electron/ipc/api-handlers';
import { takesSession } from '../../electron/ipc/session-dispatch';
import { readProjectFile } from '../../electron/project/project-file';
import { ProjectLibrary } from '../../electron/project/project-library';
import { Workspace } from '../../electron/project/workspace';
import { intent, toCommand } from '../../test/support/random-commands';
import { valueOf, type Random } from '../../test/support/schema-values';
import fc from 'fast-check';
import type { AreaResult, Failure, FuzzArea } from './fuzz-types';
import { canonical } from './canonical';
import { hostileJson } from './mutate-json';
import { cleanPrototypes, pollutedPrototypes } from './pollution';

/** Channels whose work is slow by design (whole documents); they get the cheap variants only. */
const SLOW_KINDS = new Set(['docx', 'png', 'pdf', 'diagramsPdf']);

function json(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Requests over the IPC contract, generated from its zod schemas (and, for commands, from the
 * table registry), half of them made hostile. The host must answer each with a Result, keep the
 * prototypes clean, and keep the open project identical in memory and on disk.
 */
export const ipcArea: FuzzArea = {
  name: 'IPC requests',
  async run(inputs: number, random: Random, dir: string): Promise<AreaResult> {
    const home = join(dir, 'ipc');
    mkdirSync(home, { recursive: true });
    const workspace = new Workspace(new ProjectLibrary(home), { app: 'fuzz' });
    const dispatch = createDispatch(workspace, { host: 'web', version: 'fuzz', restrictToLibrary: true });
    const failures: Failure[] = [];
    let session = '';
    let path = '';
    let accepted = 0;

    async function ensureProject(): Promise<void> {
      if (session && workspace.find(session)) return;
      const created = await dispatch('project.create', { name: `Fuzz ${Math.floor(random() * 1e6)}`, language: random() < 0.5 ? 'en' : 'zh-CN', templateId: 'product-launch' });
      if (!created.ok) throw new Error(`cannot create the fuzz project: ${created.error.message}`);
      ({ session, path } = created.value as { session: string; path: string });
    }

    function request(channel: Channel): unknown {
      if (channel === 'project.execute') {
        const state = workspace.session(session).state;
        const [i] = fc.sample(intent, { numRuns: 1, seed: Math.floor(random() * 2 ** 31) });
        return { session, command: toCommand(state, i!, Math.floor(random() * 1e9)) ?? { type: 'setMeta', patch: {} } };
      }
      const body = valueOf(contract[channel].request, random) as Record<string, unknown> | undefined;
      const out: Record<string, unknown> = { ...(body ?? {}) };
      if (takesSession(channel) && random() < 0.85) out.session = session;
      if (channel === 'export.file' && SLOW_KINDS.has(String(out.kind))) out.kind = 'svg';
      if (channel === 'project.close' && random() < 0.7) out.session = 'not-the-session';
      return out;
    }

    for (let n = 0; n < inputs; n++) {
      await ensureProject();
      const channel = random() < 0.45 ? 'project.execute' : (CHANNEL_NAMES[Math.floor(random() * CHANNEL_NAMES.length)]! as Channel);
      const valid = request(channel);
      const text = random() < 0.5 ? json(valid) : hostileJson(valid, random);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = {};
      }
      try {
        const result = await dispatch(channel, body);
        if ((result as { ok?: unknown }).ok === true) accepted++;
        if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean') {
          failures.push({ verdict: 'crash', input: `${channel} ${text.slice(0, 200)}`, detail: 'the host answered without a Result' });
        } else if (!result.ok && result.error.code === 'internal') {
          failures.push({ verdict: 'crash', input: `${channel} ${text.slice(0, 200)}`, detail: `internal error: ${result.error.message}` });
        }
      } catch (err) {
        failures.push({ verdict: 'crash', input: `${channel} ${text.slice(0, 200)}`, detail: (err as Error).stack ?? String(err) });
      }
      const polluted = pollutedPrototypes();
      if (polluted.length) {
        failures.push({ verdict: 'pollution', input: `${channel} ${text.slice(0, 200)}`, detail: polluted.join('; ') });
        cleanPrototypes();
      }
      if (n % 25 === 24 || n === inputs - 1) {
        const open = workspace.find(session);
        if (open) {
          const onDisk = readProjectFile(path);
          if (onDisk.problems.length || canonical(onDisk.state) !== canonical(open.state)) {
            failures.push({ verdict: 'data-loss', input: `after input ${n}`, detail: onDisk.problems.slice(0, 3).join('; ') || 'the file differs from what the app holds' });
          }
        }
      }
    }
    workspace.closeAll();
    return { tried: inputs, accepted, failures };
  },
};
