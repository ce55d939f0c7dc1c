import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { languageSchema } from '../../shared/model/entities';
import { isTemplateId, TEMPLATE_IDS } from '../../shared/templates/template-catalogue';
import { templateCommands } from '../../shared/templates/instantiate-template';
import { ProjectSession } from '../project/project-session';
import { CliUsageError } from './cli-error';
import { single, type Out } from './cli-io';

export function newCommand(args: string[], out: Out): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { lang: { type: 'string', default: 'zh-CN' }, name: { type: 'string' }, template: { type: 'string' } },
  });
  const file = single(positionals, 'new');
  const language = languageSchema.safeParse(values.lang);
  if (!language.success) throw new CliUsageError(`--lang must be zh-CN or en, not ${values.lang}`);
  const name = (values.name ?? file.replace(/^.*[\\/]/, '').replace(/\.lanewise$/, '')).trim();
  if (!name) throw new CliUsageError('--name must not be empty');
  const template = values.template;
  if (template !== undefined && !isTemplateId(template)) throw new CliUsageError(`Unknown template "${template}"; one of: ${TEMPLATE_IDS.join(', ')}`);
  const session = ProjectSession.create(resolve(file), { name, language: language.data, organisation: '' });
  try {
    if (template) session.seed(templateCommands(template, language.data, session.state, randomUUID));
  } finally {
    session.close();
  }
  out(`Created ${file}`);
  return 0;
}
