import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { collection } from '../entities'
import { commandOrigin } from '../origins'
import { signActivity } from '../schema/activity'
import { describeIssues, type ReadProblem, type Validator } from '../schema/primitives'

/**
 * Commands: one user intent, validated, then exactly one transaction with the command
 * origin (so undo sees one step). A command never reads the clock: `now` is passed in.
 *
 * A command that can be refused for what the document holds (a helper who left, a call
 * already taken) says so in `check`, which runs before the transaction and only reads: Yjs
 * cannot roll a transaction back, so a refusal found halfway through would leave half a write.
 */
export type CommandResult = { ok: true; id?: string } | { ok: false; problems: ReadProblem[] }

/** `author`: the coordinator device running it, when the circle has several (its activity entries are signed). */
export type Command<I> = (doc: Y.Doc, input: I, now: Instant, author?: string | null) => CommandResult
export type Check<I> = (doc: Y.Doc, input: I, now: Instant) => ReadProblem | null
export type Perform<I> = (doc: Y.Doc, input: I, now: Instant) => string | void

export function define<I>(validator: Validator<I>, perform: Perform<I>): Command<I>
export function define<I>(validator: Validator<I>, check: Check<I>, perform: Perform<I>): Command<I>
export function define<I>(validator: Validator<I>, first: Check<I> | Perform<I>, second?: Perform<I>): Command<I> {
  const check = second ? (first as Check<I>) : null
  const perform = second ?? (first as Perform<I>)
  return (doc, input, now, author = null) => {
    const parsed = validator.safeParse(input)
    if (!parsed.success) return { ok: false, problems: [describeIssues('input', parsed.error)] }
    const refusal = check?.(doc, parsed.data, now)
    if (refusal) return { ok: false, problems: [refusal] }
    let id: string | undefined
    doc.transact((transaction) => {
      id = perform(doc, parsed.data, now) ?? undefined
      if (author) signActivity(doc, transaction, author)
    }, commandOrigin)
    return id === undefined ? { ok: true } : { ok: true, id }
  }
}

export const refuse = (path: string, message: string): ReadProblem => ({ path, message })

/** The first refusal among several checks, or null. */
export function firstRefusal(...refusals: Array<ReadProblem | null>): ReadProblem | null {
  return refusals.find((refusal) => refusal !== null) ?? null
}

/** A refusal when `id` is not (or no longer) in the collection. */
export function requireEntity(doc: Y.Doc, name: string, id: string, path: string, message: string): ReadProblem | null {
  return collection(doc, name).get(id) instanceof Y.Map ? null : refuse(path, message)
}

export const idInput = z.object({ id: z.string() })
