import { z } from 'zod/mini'
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { collection } from '../entities'
import { commandOrigin } from '../origins'
import { signActivity } from '../schema/activity'
import { phrase, type Phrase } from '../../domain/phrase'
import { describeIssues, type Validator } from '../schema/primitives'

/**
 * Commands: one user intent, validated, then exactly one transaction with the command
 * origin (so undo sees one step). A command never reads the clock: `now` is passed in.
 *
 * A command that can be refused for what the document holds (a helper who left, a call
 * already taken) says so in `check`, which runs before the transaction and only reads: Yjs
 * cannot roll a transaction back, so a refusal found halfway through would leave half a write.
 */
declare const undoTokenBrand: unique symbol
/**
 * One command's step on this device's undo stack (`run` returns it with the result): a toast's
 * Undo holds the token of its own change, so it can never take back a later one instead.
 */
export type UndoToken = { readonly [undoTokenBrand]: true }

export type CommandResult = {
  ok: true
  id?: string
  /** The command's step on this device's undo stack (mapStore.ts): absent when it changed nothing. */
  undo?: UndoToken
} | { ok: false; problems: Refusal[] }

/**
 * Why a command did not run: where, and what to tell the person, as words-as-data (a Phrase of
 * the `refusals` catalogue, mostly) that the UI renders in the reader's language.
 */
export interface Refusal {
  path: string
  phrase: Phrase
}

/** `author`: the coordinator device running it, when the circle has several (its activity entries are signed). */
export type Command<I> = (doc: Y.Doc, input: I, now: Instant, author?: string | null) => CommandResult
export type Check<I> = (doc: Y.Doc, input: I, now: Instant) => Refusal | null
export type Perform<I> = (doc: Y.Doc, input: I, now: Instant) => string | void

/**
 * A command's input validator, built on the command's first run: building zod schemas was most
 * of what loading the store cost a coordinator's first screen, which runs none of the commands.
 * Validators shared by several commands are `once(…)`, so each is built at most once.
 */
export type LazyValidator<I> = () => Validator<I>

export function define<I>(validator: LazyValidator<I>, perform: Perform<I>): Command<I>
export function define<I>(validator: LazyValidator<I>, check: Check<I>, perform: Perform<I>): Command<I>
export function define<I>(validator: LazyValidator<I>, first: Check<I> | Perform<I>, second?: Perform<I>): Command<I> {
  const check = second ? (first as Check<I>) : null
  const perform = second ?? (first as Perform<I>)
  let built: Validator<I> | undefined
  return (doc, input, now, author = null) => {
    built ??= validator()
    const parsed = built.safeParse(input)
    if (!parsed.success) return { ok: false, problems: [inputRefusal(parsed.error)] }
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

export const refuse = (path: string, phrase: Phrase): Refusal => ({ path, phrase })

/**
 * Input a command cannot take. The UI checks its forms first, so this is rare: a validator's
 * own message is a refusal id when a person can meet it ('refusals.reasonMissing'); any other
 * (zod's English, for a shape only a bug would send) gets the general, kind one.
 */
function inputRefusal(error: Parameters<typeof describeIssues>[1]): Refusal {
  const { path, message } = describeIssues('input', error)
  return { path, phrase: phrase(message.startsWith('refusals.') ? message : 'refusals.input') }
}

/** The first refusal among several checks, or null. */
export function firstRefusal(...refusals: Array<Refusal | null>): Refusal | null {
  return refusals.find((refusal) => refusal !== null) ?? null
}

/** A refusal when `id` is not (or no longer) in the collection. */
export function requireEntity(doc: Y.Doc, name: string, id: string, path: string, refusal: Phrase): Refusal | null {
  return collection(doc, name).get(id) instanceof Y.Map ? null : refuse(path, refusal)
}

export const idInput = once(() => z.object({ id: z.string() }))

/** The value `build` makes, built on the first call and kept. */
export function once<T>(build: () => T): () => T {
  let value: { built: T } | null = null
  return () => (value ??= { built: build() }).built
}
