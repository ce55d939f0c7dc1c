import type { CommandInput } from '../commands/command-schema';
import type { ProjectState } from '../model/project-state';
import { titleFromPassage } from './problem-links';

export interface PassageRequest {
  readonly interviewId: string;
  readonly passage: string;
  readonly newId: (prefix: string) => string;
  /** When the problem was noted, ISO 8601. */
  readonly now: string;
  readonly label: string;
}

/** Who said it and when, after the quote: "— 王磊（产品部经理），2026-03-02". */
function attribution(state: ProjectState, interviewId: string): string {
  const interview = state.tables.interviews[interviewId];
  if (!interview) return '';
  const person = interview.intervieweeId ? state.tables.interviewees[interview.intervieweeId] : undefined;
  const zh = state.meta.language === 'zh-CN';
  const who = person ? (person.position ? (zh ? `${person.name}（${person.position}）` : `${person.name} (${person.position})`) : person.name) : interview.title;
  return [who, interview.date].filter(Boolean).join(zh ? '，' : ', ');
}

/**
 * One undoable change turning a passage of an interview into a problem: the passage is kept as a
 * quote of the interview (unless it already is one) and as the problem's evidence, and the problem
 * starts linked to the processes and departments the interview concerned.
 */
export function passageToProblem(state: ProjectState, request: PassageRequest): { problemId: string; command: CommandInput } {
  const { interviewId, newId } = request;
  // A quote holds up to 2,000 characters; a longer passage is kept in full as the evidence.
  const full = request.passage.trim();
  const passage = [...full].slice(0, 2000).join('');
  const zh = state.meta.language === 'zh-CN';
  const commands: CommandInput[] = [];
  const quoted = Object.values(state.tables.interviewQuotes).some((q) => q.interviewId === interviewId && q.text === passage);
  if (!quoted) commands.push({ type: 'add', table: 'interviewQuotes', row: { id: newId('iq-'), interviewId, text: passage } });
  const by = attribution(state, interviewId);
  const evidence = (zh ? `“${full}”` : `"${full}"`) + (by ? ` — ${by}` : '');
  const problemId = newId('pb-');
  commands.push({
    type: 'add',
    table: 'problems',
    row: { id: problemId, title: titleFromPassage(full), source: 'interview', evidence: evidence.slice(0, 10_000), interviewId, createdAt: request.now },
  });
  for (const r of Object.values(state.tables.interviewProcesses)) {
    if (r.interviewId === interviewId) commands.push({ type: 'add', table: 'problemProcesses', row: { id: newId('pp-'), problemId, processId: r.processId } });
  }
  for (const r of Object.values(state.tables.interviewDepartments)) {
    if (r.interviewId === interviewId) commands.push({ type: 'add', table: 'problemDepartments', row: { id: newId('pd-'), problemId, departmentId: r.departmentId } });
  }
  return { problemId, command: { type: 'batch', label: request.label, commands } };
}
