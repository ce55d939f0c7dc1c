import type { CommandInput } from '../../shared/commands/command-schema';
import type { DurationUnit, Step } from '../../shared/model/entities';

/** The text a duration field shows: empty when the duration is not known. */
export function durationText(step: Step): string {
  return step.durationValue === null ? '' : String(step.durationValue);
}

/** A duration as typed: empty clears it; anything that is not a number of zero or more is ignored. */
export function parseDuration(text: string): number | null | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function updateStep(id: string, patch: Partial<Omit<Step, 'id' | 'processId'>>): CommandInput {
  return { type: 'update', table: 'steps', id, patch };
}

export const DURATION_UNITS: readonly DurationUnit[] = ['hours', 'days'];
