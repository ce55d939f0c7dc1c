/** The error of class `type` that `run` throws; fails the test when it throws nothing or something else. */
export function refusal<E extends Error>(type: abstract new (...args: never[]) => E, run: () => unknown): E {
  try {
    run();
  } catch (err) {
    if (err instanceof type) return err;
    throw err;
  }
  throw new Error(`expected ${type.name}, but nothing was refused`);
}
