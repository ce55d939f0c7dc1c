/** Pictures asked for at once: enough to keep every picture thread busy, few enough that their pixels fit in memory. */
export const PICTURES_AT_ONCE = 4;

/** Runs the jobs, at most `atOnce` at a time, in the order given; the first failure is thrown. */
export async function drawAtOnce(jobs: ReadonlyArray<() => Promise<void>>, atOnce = PICTURES_AT_ONCE): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < jobs.length; i = next++) await jobs[i]!();
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, jobs.length) }, lane));
}
