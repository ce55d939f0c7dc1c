import type { Language } from '../../shared/model/entities';

/** Characters Windows, macOS or Linux refuse in a file name, and control characters. */
const FORBIDDEN = /[/\\:*?"<>|\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
/** Room for the folder path on Windows, counted in characters (Chinese included). */
const MAX_LENGTH = 80;

/** A process name as a file name: Chinese and other letters kept, forbidden characters dropped. */
export function safeFileBase(name: string, language: Language): string {
  let base = name.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  base = [...base].slice(0, MAX_LENGTH).join('');
  // Windows drops trailing dots and spaces, which would make two names collide silently.
  base = base.replace(/[. ]+$/, '').replace(/^\.+/, '');
  if (!base) return language === 'zh-CN' ? '流程' : 'Process';
  return RESERVED.test(base) ? `${base}_` : base;
}

/** One file name per process name, in order; repeats get " (2)", " (3)" (compared ignoring case, as Windows and macOS do). */
export function diagramFileNames(names: readonly string[], extension: string, language: Language): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeFileBase(name, language);
    let candidate = `${base}.${extension}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n}).${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
