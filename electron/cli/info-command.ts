import { parseArgs } from 'node:util';
import { diagnosisCounts } from '../../shared/diagnosis/diagnosis-counts';
import { projectCounts } from '../../shared/model/project-counts';
import { loadProject, single, type Out } from './cli-io';

export function infoCommand(args: string[], out: Out): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean', default: false } } });
  const state = loadProject(single(positionals, 'info'), { sound: false });
  const counts = { ...projectCounts(state), ...diagnosisCounts(state) };
  if (values.json) out(JSON.stringify({ name: state.meta.name, language: state.meta.language, ...counts }));
  else {
    out(`${state.meta.name} (${state.meta.language})`);
    for (const [k, v] of Object.entries(counts)) out(`  ${k}: ${v}`);
  }
  return 0;
}
