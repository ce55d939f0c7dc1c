import { parseArgs } from 'node:util';
import { TEMPLATES } from '../../shared/templates/template-catalogue';
import type { Out } from './cli-io';

export function templatesCommand(args: string[], out: Out): number {
  const { values } = parseArgs({ args, strict: true, options: { json: { type: 'boolean', default: false } } });
  if (values.json) out(JSON.stringify(TEMPLATES.map((t) => ({ id: t.id, name: t.name }))));
  else for (const t of TEMPLATES) out(`${t.id.padEnd(20)}${t.name['zh-CN']} / ${t.name.en}`);
  return 0;
}
