/** Pictures asked for at once: enough to keep every picture thread busy, few enough that their pixels fit in memory. */
const PICTURES_AT_ONCE = 4;

/** Runs the jobs, a few at a time, in the order given; the first failure is thrown. */
export async function drawAtOnce(jobs: ReadonlyArray<() => Promise<void>>): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < jobs.length; i = next++) await jobs[i]!();
  };
  await Promise.all(Array.from({ length: Math.min(PICTURES_AT_ONCE, jobs.length) }, lane));
}

/** A process's swimlane drawing; a failure says which process it was, as the user knows it. */
export async function drawingOf<T>(processName: string, draw: () => Promise<T>): Promise<T> {
  try {
    return await draw();
  } catch (e) {
    throw new Error(`Could not draw the swimlane diagram of "${processName}": ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
