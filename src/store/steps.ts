/**
 * Work written once as a generator that yields between its steps, run either at once or with a
 * pause before each step: the coordinator's sync runs a helper's projection and fold in slices
 * of a few milliseconds (sync/slices.ts), and one helper's whole read was already a long task.
 */
export type Steps<T> = Generator<void, T, void>

/** Runs every step at once. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/** Runs the steps, awaiting `between()` before each one after the first. */
export async function runStepsBetween<T>(steps: Steps<T>, between: () => Promise<void>): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value
    await between()
  }
}
