/** BPMN ids are XML names: Lanewise ids may start with a digit or hold other characters. */
export function bpmnId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}
