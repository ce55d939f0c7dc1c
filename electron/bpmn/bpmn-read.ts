import type { ModdleElement, ParseResult } from 'bpmn-moddle';
import type { Language } from '../../shared/model/entities';
import { newBpmnModdle } from './bpmn-export';
import { BpmnImportError } from './bpmn-import-error';

/** Far above any real diagram (a 1,000-step export is under 2 MB), far below what would hurt memory. */
export const MAX_BPMN_BYTES = 20 * 1024 * 1024;
const BPMN_MODEL = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

export interface ReadBpmn {
  readonly definitions: ModdleElement;
  /** What the parser could not place (unknown attributes, unresolved references). */
  readonly warnings: readonly string[];
}

function decode(bytes: Uint8Array, fileName: string, language: Language): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new BpmnImportError('notText', fileName, language);
  }
}

/**
 * Reads a BPMN file from another tool, treating it as hostile: a size limit, no DOCTYPE (so no
 * entity expansion and no external entities), nothing fetched, and a root that must be BPMN 2.0
 * definitions. Throws BpmnImportError, in the user's language, for anything it will not read.
 */
export async function readBpmn(bytes: Uint8Array, fileName: string, language: Language): Promise<ReadBpmn> {
  if (bytes.byteLength > MAX_BPMN_BYTES) throw new BpmnImportError('tooLarge', fileName, language, `${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB > ${MAX_BPMN_BYTES / 1024 / 1024} MB`);
  const xml = decode(bytes, fileName, language);
  if (xml.includes('\u0000')) throw new BpmnImportError('notText', fileName, language);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new BpmnImportError('doctype', fileName, language);
  if (!xml.includes(BPMN_MODEL)) throw new BpmnImportError('notBpmn', fileName, language);
  let parsed: ParseResult;
  try {
    parsed = await newBpmnModdle().fromXML(xml);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    throw new BpmnImportError(/bpmn:Definitions/.test(message) ? 'notBpmn' : 'notXml', fileName, language, message);
  }
  if (parsed.rootElement?.$type !== 'bpmn:Definitions') throw new BpmnImportError('notBpmn', fileName, language);
  return { definitions: parsed.rootElement, warnings: parsed.warnings.map((w) => w.message.split('\n')[0] ?? '') };
}
