/**
 * Augmenting paths: give a task a primary by moving others along a chain (Sam takes this,
 * Sam's Tuesday goes to Lee, Lee has room), found breadth first so the chain is as short as
 * possible. When no chain ends in free room, a chain may end by dropping a task of strictly
 * lower priority (`allowDrop`): a high-priority task outweighs any lower one.
 *
 * In the relaxed room (allocation.ts) the covered sets form a matroid — a bipartite graph
 * into a direct sum of laminar matroids, by Rado's theorem — so shortest chains are valid
 * exchanges, a task that finds no chain never finds one later in the same pass, and a plan
 * no chain improves is the best in the relaxation. In the strict room the same search is a
 * heuristic: each chain is checked after it is applied and undone if it broke a rule.
 */
import { assign, fitsJointly, fullNest, hasRoom, onlyOverlap, optionOf, unassign, weekHasRoom, type Allocation, type Room } from './allocation'
import type { Model, Option } from './model'

export interface SearchOptions {
  room: Room
  allowDrop: boolean
  /** Options the branch and bound has ruled out (`forbidOptions`). */
  forbidden?: Forbidden
  /** Tasks that must stay where they are. */
  frozen?: Uint8Array
  /** Shared by the searches of one pass: see `SearchMemo`. */
  memo?: SearchMemo
  /**
   * At most this many tasks reached per search (the nearest, breadth first): a strict search
   * is a heuristic, and on a circle where everyone can do everything an unbounded one would
   * reach every task of the week from every root.
   */
  reach?: number
}

/**
 * A search that changes nothing leaves the plan as it was, so every task it reached still
 * leads nowhere (no room, nothing droppable) for the next search of the same pass: those are
 * skipped until some search changes the plan. This keeps a pass over thousands of tasks that
 * cannot be covered near linear.
 */
export interface SearchMemo {
  dead: Int32Array
  version: number
}

export const createMemo = (model: Model): SearchMemo => ({ dead: new Int32Array(model.tasks.length).fill(-1), version: 0 })

/** `task * model.stride + option` pairs ruled out, and a flag per task that has any: most have none, and need no look-up. */
export interface Forbidden {
  pairs: ReadonlySet<number>
  tasks: Uint8Array
}

export function forbidOptions(model: Model, pairs: ReadonlySet<number>): Forbidden {
  const tasks = new Uint8Array(model.tasks.length)
  for (const pair of pairs) tasks[Math.floor(pair / model.stride)] = 1
  return { pairs, tasks }
}

/**
 * Scratch arrays of one model's searches, reused from search to search: the breadth-first
 * search runs thousands of times per plan (every branch-and-bound node re-runs lexOptimize),
 * and Maps for the parents cost more than the search itself. A task is reached in the current
 * search when `seen[task] === epoch`; bumping the epoch clears them all at once.
 */
interface Scratch {
  seen: Int32Array
  parentTask: Int32Array
  parentOption: Int32Array
  queue: Int32Array
  epoch: number
}

const scratchByModel = new WeakMap<Model, Scratch>()

function scratchOf(model: Model): Scratch {
  let scratch = scratchByModel.get(model)
  if (!scratch) {
    const n = model.tasks.length
    scratch = { seen: new Int32Array(n), parentTask: new Int32Array(n), parentOption: new Int32Array(n), queue: new Int32Array(n), epoch: 0 }
    scratchByModel.set(model, scratch)
  }
  if (++scratch.epoch >= 0x7fffffff) {
    scratch.seen.fill(0)
    scratch.epoch = 1
  }
  return scratch
}

/**
 * In the strict room, for option `k` of `task` (not blocked, not its own): `ROOM` when the
 * option has room (`hasRoom` strict holds), else the tasks that would have to leave for it, or
 * null when no single departure makes room (the relaxed room: `relaxedBlockers`). One look at
 * the helper's overlaps for both questions. Lists may be live member lists (not copies):
 * callers only read them, skip `task` themselves, and change nothing while reading.
 */
function strictBlockers(model: Model, a: Allocation, task: number, k: number): readonly number[] | null {
  const option = model.tasks[task].options[k]
  const clash = onlyOverlap(model, a, option, task)
  if (clash === -2) return null
  const weekRoom = weekHasRoom(model, a, option, task)
  if (clash >= 0) return optionOf(model, a, clash)!.week === option.week || weekRoom ? [clash] : null
  return weekRoom && fitsJointly(model, a, option, task) ? ROOM : a.weekMembers[option.week]
}

/** "Has room": no task needs to leave (strictBlockers). */
const ROOM: readonly number[] = []

/**
 * In the relaxed room, for an option of a task planned elsewhere or not at all: null when it
 * has room (`hasRoom` then holds), else the circuit of the laminar matroid — the members of
 * the smallest full set holding the option. One pass over its nests for both questions.
 */
function relaxedBlockers(model: Model, a: Allocation, option: Option): readonly number[] | null {
  const nest = fullNest(a, option)
  if (nest >= 0) return a.nestMembers[nest]
  if (a.groupLoad[option.group] >= model.groups[option.group].capacity) return a.groupMembers[option.group]
  const week = model.helperWeeks[option.week]
  return week.fixedLoad + a.weekLoad[option.week] >= week.limit ? a.weekMembers[option.week] : null
}

/** Tries to cover `root` (or to move it, if covered, without uncovering anything). True when the plan changed. */
export function augment(model: Model, a: Allocation, root: number, options: SearchOptions): boolean {
  const stride = model.stride
  const memo = options.memo
  const { forbidden, frozen } = options
  const scratch = scratchOf(model)
  const { seen, parentTask, parentOption, queue, epoch } = scratch
  seen[root] = epoch
  parentTask[root] = -1
  queue[0] = root
  let tail = 1
  let drop = -1
  const rootRank = model.tasks[root].rank
  const limit = options.reach ?? Number.POSITIVE_INFINITY
  const relaxedRoom = options.room === 'relaxed'
  for (let head = 0; head < tail; head++) {
    const u = queue[head]
    const task = model.tasks[u]
    const someForbidden = forbidden !== undefined && forbidden.tasks[u] === 1
    for (let k = 0; k < task.options.length; k++) {
      const option = task.options[k]
      if (k === a.chosen[u] || option.blocked || (someForbidden && forbidden.pairs.has(u * stride + k))) continue
      // The option belongs to another helper than u's planned one: no blockers means room (one
      // pass for both questions, the search's innermost step).
      const found = relaxedRoom ? relaxedBlockers(model, a, option) : strictBlockers(model, a, u, k)
      if (found === null ? relaxedRoom : found === ROOM) return changed(memo, follow(model, a, u, k, scratch, options.room))
      // Without a memo no chain is followed: only direct room (repairStrictly's refill). This
      // keeps what the Map-based version did (its `memo?.dead[x] === memo?.version` test was
      // true for every task when there was no memo); following chains there made the refill
      // far slower and changed later levels of the plan.
      if (memo === undefined || !found) continue
      for (let i = 0; i < found.length && tail < limit; i++) {
        const x = found[i]
        if (x === u || seen[x] === epoch || frozen?.[x] || memo.dead[x] === memo.version) continue
        seen[x] = epoch
        parentTask[x] = u
        parentOption[x] = k
        queue[tail++] = x
        const rank = model.tasks[x].rank
        if (options.allowDrop && rank > rootRank && (drop < 0 || rank > model.tasks[drop].rank)) drop = x
      }
    }
  }
  if (drop < 0) {
    if (memo) for (let i = 0; i < tail; i++) memo.dead[queue[i]] = memo.version
    return false
  }
  const log: Move[] = [{ task: drop, option: a.chosen[drop] }]
  unassign(model, a, drop)
  return changed(memo, follow(model, a, parentTask[drop], parentOption[drop], scratch, options.room, log))
}

function changed(memo: SearchMemo | undefined, result: boolean): boolean {
  if (memo && result) memo.version += 1
  return result
}

type Chain = { parentTask: Int32Array; parentOption: Int32Array }

/** Moves each task of the chain into the place its successor left, from the end back to the root. */
function follow(model: Model, a: Allocation, u: number, k: number, chain: Chain, room: Room, log: Move[] = []): boolean {
  for (let task = u, option = k; task >= 0;) {
    log.push({ task, option: a.chosen[task] })
    assign(model, a, task, option)
    const parent = chain.parentTask[task]
    if (parent < 0) break
    option = chain.parentOption[task]
    task = parent
  }
  if (room === 'strict' && log.some(({ task }) => a.chosen[task] >= 0 && !hasRoom(model, a, task, a.chosen[task], 'strict'))) {
    undo(model, a, log)
    return false
  }
  return true
}

/** One task's previous place, to undo a change. */
export interface Move {
  task: number
  option: number
}

/** Undoes logged moves, last first. */
export function undo(model: Model, a: Allocation, log: readonly Move[]): void {
  for (let i = log.length - 1; i >= 0; i--) {
    const { task, option } = log[i]
    if (option < 0) unassign(model, a, task)
    else assign(model, a, task, option)
  }
}
