/** Channel names alone, so the preload can check them without bundling the schemas. */
export const CHANNEL_NAMES = [
  'app.info',
  'app.language',
  'projects.list',
  'projects.recent',
  'projects.forget',
  'project.create',
  'project.addTemplate',
  'project.open',
  'project.openDialog',
  'project.saveAsDialog',
  'project.current',
  'project.changes',
  'project.close',
  'project.execute',
  'project.undo',
  'project.redo',
  'export.file',
  'import.xlsxPreview',
  'import.xlsxApply',
  'import.processPreview',
  'import.processApply',
  'templates.list',
  'templates.saveProcess',
  'templates.add',
  'templates.delete',
  'jobs.progress',
  'jobs.cancel',
  'diagnosis.export',
  'diagnosis.importSurvey',
  'diagnosis.importHistory',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export function isChannel(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}
