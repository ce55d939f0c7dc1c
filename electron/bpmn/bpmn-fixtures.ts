import { readFileSync } from 'node:fs';

/** BPMN files as other tools write them (test/fixtures/bpmn), for the import tests. */
export function bpmnFixture(name: string): Buffer {
  return readFileSync(new URL(`../../test/fixtures/bpmn/${name}`, import.meta.url));
}
