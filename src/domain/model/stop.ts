import type { Instant, LocalDate } from './time'

/**
 * A need, or one helper's part of it, stopped at the recipient's word ("please stop"):
 * - `pause`: the whole need, from `from` to `until`; nobody does it then, and those days are
 *   neither gaps nor "being arranged";
 * - `end`: the whole need from `from` on (`until` null), or, with `helperId`, that helper's
 *   part from `from` on (the planner then never proposes them for this need again unless asked).
 * `helperIds` are the helpers who held any of it when it stopped: each is told, kindly, in
 * their own document.
 */
export type StopKind = 'pause' | 'end'

export interface Stop {
  id: string
  needId: string
  /** Null: the whole need. */
  helperId: string | null
  kind: StopKind
  from: LocalDate
  /** Null: from `from` on. */
  until: LocalDate | null
  helperIds: string[]
  /** The "please stop" it answered, if any. */
  pleaseStopId: string | null
  at: Instant
}
