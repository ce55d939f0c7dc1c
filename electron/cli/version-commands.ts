import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measurementLabels } from '../../shared/metrics/measurement-labels';
import { changeRows, deltaRows } from '../../shared/metrics/measurement-tables';
import type { ProjectState } from '../../shared/model/project-state';
import { comparisonReport } from '../../shared/versions/comparison-report';
import { compareRefs, saveVersionCommand, versionNamed, versionsOf, type VersionRef } from '../../shared/versions/process-versions';
import { ProjectSession } from '../project/project-session';
import { CliUsageError } from './cli-error';
import { loadProject, processIdsByName, single, type Out } from './cli-io';

const WORKING = measurementLabels('en').workingVersion;

function processNamed(state: ProjectState, name: string | undefined, command: string): string {
  if (name === undefined) throw new CliUsageError(`${command} needs --process NAME`);
  return processIdsByName(state, [name])[0]!;
}

function savedRef(state: ProjectState, processId: string, label: string): VersionRef {
  const version = versionNamed(state, processId, label);
  if (!version) {
    const labels = versionsOf(state.tables.processVersions, processId).map((v) => v.label);
    throw new CliUsageError(`No version named "${label}"; versions: ${labels.length ? labels.join(', ') : 'none (save one with lanewise snapshot)'}`);
  }
  return { kind: 'saved', versionId: version.id };
}

/** lanewise snapshot FILE --process NAME --as LABEL: saves the process as it is now, as one change. */
export function snapshotCommand(args: string[], out: Out): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { process: { type: 'string' }, as: { type: 'string' } } });
  const file = single(positionals, 'snapshot');
  const label = values.as?.trim();
  if (!label) throw new CliUsageError('snapshot needs --as LABEL');
  const session = ProjectSession.open(resolve(file));
  try {
    const processId = processNamed(session.state, values.process, 'snapshot');
    if (versionNamed(session.state, processId, label)) throw new CliUsageError(`The process already has a version named "${label}"`);
    session.execute(saveVersionCommand(session.state, processId, label, randomUUID(), new Date()), 'snapshot');
    out(`Saved version "${label}" of ${values.process}`);
    return 0;
  } finally {
    session.close();
  }
}

/** lanewise compare FILE --process NAME --from LABEL [--to LABEL] [--json]; without --to, against the working process. */
export function compareCommand(args: string[], out: Out): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { process: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const state = loadProject(single(positionals, 'compare'));
  const processId = processNamed(state, values.process, 'compare');
  if (values.from === undefined) throw new CliUsageError('compare needs --from LABEL');
  const from = savedRef(state, processId, values.from);
  const to: VersionRef = values.to === undefined ? { kind: 'working' } : savedRef(state, processId, values.to);
  const comparison = compareRefs(state, processId, from, to, WORKING);
  if (values.json) {
    out(JSON.stringify({ process: values.process, ...comparisonReport(comparison) }));
    return 0;
  }
  const l = measurementLabels('en');
  out(`${values.process}: ${comparison.from.label} → ${comparison.to.label}`);
  for (const [figure, before, after, delta] of deltaRows(comparison, l)) out(`  ${figure}: ${before} → ${after} (${delta})`);
  const changes = changeRows(comparison, l);
  if (changes.length === 0) out(l.noChanges);
  for (const row of changes) out(`  ${row.filter(Boolean).join('\t')}`);
  return 0;
}
