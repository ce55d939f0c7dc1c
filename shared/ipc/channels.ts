/** Channel names alone, so the preload can check them without bundling the schemas. */
export const CHANNEL_NAMES = [
  'app.info',
  'projects.list',
  'project.create',
  'project.addTemplate',
  'project.open',
  'project.current',
  'project.close',
  'project.execute',
  'project.undo',
  'project.redo',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export function isChannel(value: unknown): value is ChannelName {
  return typeof value === 'string' && (CHANNEL_NAMES as readonly string[]).includes(value);
}
