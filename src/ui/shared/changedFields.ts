/**
 * The fields of `after` that differ from `before`: what a form changed since it opened. An
 * edit form writes only these, so a form left open while another tab or device changed other
 * fields of the same record never writes those back to how they were.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const changed: Partial<T> = {}
  for (const key of Object.keys(after) as Array<keyof T>) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) changed[key] = after[key]
  }
  return changed
}
