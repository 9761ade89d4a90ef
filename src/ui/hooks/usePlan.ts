import { startTransition, useEffect, useMemo, useReducer, useState } from 'react'
import { localDateOf } from '../../domain/dates'
import type { Instant } from '../../domain/model'
import type { CircleForPlanning } from '../../domain/planner/input'
import type { MapSnapshot } from '../../store'
import type { PlanResult } from '../workers/planAnswer'
import type { AnswerOf, PlanQuestion } from '../workers/planQuestion'
import { PlanCancelled, planInWorker, type PlanJob } from './planWorker'
import { askPlanQuestion, planKeyOf } from './planQuestionWorker'

/** The plan with its input (every occurrence of the horizon) and what Assign shows of it. */
export type PlanView = PlanResult

/**
 * The planner's view of the circle as it stands, recomputed when the map changes or the day
 * turns. Every circle plans in a Web Worker, whatever its size: even a small plan takes tens of
 * milliseconds on a phone, and the screen must answer a tap at once. The worker also expands the
 * needs into occurrences (the planner's input) and works out what Assign shows, which grow with
 * the circle too: this thread only sends the map's facts and renders the answer. While a new plan is worked
 * out the last one for the same circle stays on screen; <PlanningNotice> shows the progress
 * (and a Cancel) only when there is nothing to show yet.
 */
type JobState = { key: string; status: 'planning' | 'cancelled' | 'failed'; job: PlanJob | null; message?: string } | { key: string; status: 'ready'; view: PlanView }

let current: JobState | null = null

/**
 * The last plan shown for each circle, given to the next plan as `previous`: among equally good
 * plans the planner keeps what the coordinator already saw, so proposals don't shuffle while
 * they edit (accepted series are fixed inputs anyway).
 */
const lastPlans = new Map<number, string>()
/** The last plan shown for each circle with its input: what stays on screen while the next is planned. */
const lastViews = new Map<number, PlanView>()
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())
function setCurrent(state: JobState) {
  current = state
  emit()
}

function start({ key, circleKey, facts, now }: PlanRequestOf) {
  const job = planInWorker({ facts, now, previous: lastPlans.get(circleKey) })
  setCurrent({ key, status: 'planning', job })
  job.result.then(
    (view) => {
      if (current?.key !== key) return
      // Kept as the worker sent it: reading `view.plan` here would parse the whole plan on this thread.
      lastPlans.set(circleKey, view.planJson)
      lastViews.set(circleKey, view)
      setCurrent({ key, status: 'ready', view })
    },
    (error: Error) => current?.key === key && setCurrent({ key, status: error instanceof PlanCancelled ? 'cancelled' : 'failed', job: null, message: error.message }),
  )
}

/**
 * The worker's state, followed in a transition: a large plan's screen then renders in slices
 * between which a tap is answered (an external store read with useSyncExternalStore would render
 * it in one blocking task).
 */
function useJob(): JobState | null {
  const [job, setJob] = useState(current)
  useEffect(() => {
    const follow = () => startTransition(() => setJob(current))
    listeners.add(follow)
    follow()
    return () => void listeners.delete(follow)
  }, [])
  return job
}

/** What the worker is asked to plan, and under which key its answer is kept. */
interface PlanRequestOf {
  key: string
  circleKey: number
  facts: CircleForPlanning
  now: Instant
}

/** What the planner reads of a started circle's snapshot: only this is copied to the worker. */
export function planFactsOf(snapshot: MapSnapshot & { circle: NonNullable<MapSnapshot['circle']> }): CircleForPlanning {
  const { circle } = snapshot
  return {
    circle: { timeZone: circle.timeZone, startDate: circle.startDate, endDate: circle.endDate }, needs: snapshot.needs, helpers: snapshot.helpers, offers: snapshot.offers,
    boundaries: snapshot.boundaries, assignments: snapshot.assignments, statuses: snapshot.statuses, away: snapshot.away, declined: snapshot.declined,
    stops: snapshot.stops, rests: snapshot.rests,
  }
}

function usePlanRequest(snapshot: MapSnapshot, now: number): PlanRequestOf | null {
  const timeZone = snapshot.circle?.timeZone ?? 'UTC'
  const today = localDateOf(now, timeZone)
  return useMemo(() => {
    if (!snapshot.circle) return null
    const { circle } = snapshot
    return { key: `${circle.createdAt}:${snapshot.version}:${today}`, circleKey: circle.createdAt, facts: planFactsOf({ ...snapshot, circle }), now }
    // `now` only matters through the day it falls on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, today])
}

export function usePlan(snapshot: MapSnapshot, now: number): PlanView | null {
  const prepared = usePlanRequest(snapshot, now)
  const job = useJob()
  useEffect(() => {
    if (prepared && current?.key !== prepared.key) start(prepared)
  }, [prepared])
  if (!prepared) return null
  if (job?.status === 'ready' && job.key === prepared.key) return job.view
  return lastViews.get(prepared.circleKey) ?? null
}

export interface PlanningState {
  status: 'planning' | 'cancelled' | 'failed'
  cancel: () => void
  retry: () => void
  message?: string
}

/** The worker's state for <PlanningNotice>: planning (with Cancel), cancelled (with Plan again), failed. */
export function usePlanning(snapshot: MapSnapshot, now: number): PlanningState | null {
  const prepared = usePlanRequest(snapshot, now)
  const job = useJob()
  if (!prepared || !job || job.key !== prepared.key || job.status === 'ready') return null
  return {
    status: job.status,
    message: job.message,
    cancel: () => job.job?.cancel(),
    retry: () => start(prepared),
  }
}

export type PlanAnswer<A> = { status: 'working' } | { status: 'ready'; answer: A } | { status: 'failed'; message: string }

/** The last answer to each topic, kept across screens (going back to Coverage shows it at once); the oldest go first. */
const answers = new Map<string, { key: string } & PlanAnswer<unknown>>()
const KEPT_ANSWERS = 40
function keep(topic: string, held: { key: string } & PlanAnswer<unknown>) {
  answers.delete(topic)
  answers.set(topic, held)
  if (answers.size > KEPT_ANSWERS) answers.delete(answers.keys().next().value!)
}

/**
 * A question about the plan (workers/planQuestion.ts), answered off the main thread. `topic`
 * names what is shown (a week of a circle's coverage, one time's candidates): while a newer plan
 * or clock is asked about, the last answer on the same topic stays on screen, as the last plan
 * does (usePlan); with none yet, 'working'. `asked` is what else the answer depends on besides
 * the plan (for example the facts' version and the clock), so nothing is asked twice.
 * `question` is only called when asking. A null topic asks nothing.
 */
export function usePlanQuestion<Q extends PlanQuestion>(view: PlanView | null, topic: string | null, asked: string, question: () => Q): PlanAnswer<AnswerOf<Q>> {
  const key = `${planKeyOf(view)}|${asked}`
  const [, answered] = useReducer((n: number) => n + 1, 0)
  useEffect(() => {
    const held = topic === null ? undefined : answers.get(topic)
    // A failed answer is asked again when a screen opens anew.
    if (topic === null || (held?.key === key && held.status === 'ready')) return
    let shown = true
    askPlanQuestion(view, question()).then(
      (answer) => {
        keep(topic, { key, status: 'ready', answer })
        if (shown) startTransition(answered)
      },
      (error: Error) => {
        keep(topic, { key, status: 'failed', message: error.message })
        if (shown) answered()
      },
    )
    return () => void (shown = false)
    // `question` is read through `topic` and `asked`, which say what it asks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [topic, key])
  const held = topic === null ? undefined : answers.get(topic)
  return (held as PlanAnswer<AnswerOf<Q>> | undefined) ?? { status: 'working' }
}
