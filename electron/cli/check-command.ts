import { parseArgs } from 'node:util';
import { reportFindings } from './check-report';
import { loadProject, single, type Out } from './cli-io';

export function checkCommand(args: string[], out: Out): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: true, options: { json: { type: 'boolean', default: false } } });
  const state = loadProject(single(positionals, 'check'), { sound: false });
  const findings = reportFindings(state);
  if (values.json) out(JSON.stringify({ findings }));
  else if (findings.length === 0) out('No findings.');
  else for (const f of findings) out([f.severity, f.status, f.ruleId, f.process, f.stepCode ?? '-', f.message].join('\t'));
  return findings.some((f) => f.severity === 'error' && f.status === 'open') ? 1 : 0;
}
