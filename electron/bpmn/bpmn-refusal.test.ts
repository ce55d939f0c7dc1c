import { describe, expect, it } from 'vitest';
import { emptyProject } from '../../shared/model/project-state';
import type { Language } from '../../shared/model/entities';
import { BpmnImportError } from './bpmn-import-error';
import { previewBpmnImport } from './bpmn-process-import';
import { MAX_BPMN_BYTES } from './bpmn-read';

const state = (language: Language) => emptyProject({ name: 'p', language, organisation: '' });

async function refusal(bytes: Uint8Array | string, language: Language = 'en'): Promise<BpmnImportError> {
  const input = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const error = await previewBpmnImport(state(language), input, 'client.bpmn').then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BpmnImportError);
  return error as BpmnImportError;
}

const BPMN_HEAD = '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="x">';

describe('a BPMN file that cannot be imported is refused with a clear message', () => {
  it('refuses entity expansion (billion laughs) and external entities without expanding anything', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${BPMN_HEAD}<bpmn:process id="p" name="&lol3;"><bpmn:task id="t" name="&lol3;"/></bpmn:process></bpmn:definitions>`;
    expect((await refusal(laughs)).reason).toBe('doctype');
    const external = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${BPMN_HEAD}<bpmn:process id="p" name="&xxe;"/></bpmn:definitions>`;
    const error = await refusal(external, 'zh-CN');
    expect(error.reason).toBe('doctype');
    expect(error.message).toContain('DOCTYPE');
    expect(error.message).toContain('安全');
  });

  it('refuses a file that is not XML, not BPMN, binary, too large or empty of processes, in the user’s language', async () => {
    expect((await refusal(`${BPMN_HEAD}<bpmn:process id="p"><bpmn:task id="t" name="x">`)).reason).toBe('notXml');
    expect((await refusal('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')).reason).toBe('notBpmn');
    expect((await refusal('<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:oops')).reason).toBe('notXml');
    expect((await refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0xfd, 0x00]))).reason).toBe('notText');
    const huge = new Uint8Array(MAX_BPMN_BYTES + 1).fill(0x20);
    const tooLarge = await refusal(huge, 'zh-CN');
    expect(tooLarge.reason).toBe('tooLarge');
    expect(tooLarge.message).toMatch(/过大/);
    const empty = await refusal(`${BPMN_HEAD}<bpmn:process id="p"/></bpmn:definitions>`);
    expect(empty.reason).toBe('noProcess');
    expect(empty.message).toBe('"client.bpmn" holds no process to import (no process or pool with any element).');
  });
});
