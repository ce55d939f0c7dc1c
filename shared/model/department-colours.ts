/** Distinct, print-friendly lane colours handed out in turn to new departments. */
export const DEPARTMENT_COLOURS = ['#4f7cac', '#5b9a68', '#c0803a', '#8a63a8', '#b85450', '#3f9a9a', '#9a8a3a', '#6b7a8f'] as const;

export function suggestedColour(existingCount: number): string {
  return DEPARTMENT_COLOURS[existingCount % DEPARTMENT_COLOURS.length] ?? DEPARTMENT_COLOURS[0];
}
