import { createContext, useContext, useEffect, useState } from 'react'
import { clearDraft, draftKey, readDraft, writeDraft } from '../../local/drafts'
import { changedFields } from '../shared/changedFields'
import { markUnsaved } from './unsavedInput'

/**
 * A form's state, kept as a draft on this device while it differs from how the form opened:
 * closing the tab, a crash or an update brings it back (`restored`), and while it holds text
 * the page asks before it is left and an update of Kith waits.
 */
export interface Draft<T> {
  value: T
  set: (next: T | ((current: T) => T)) => void
  /** Saved or given up: forget the draft and start from `fresh` (default: how the form opened). */
  reset: (fresh?: T) => void
  /** What the person typed before was brought back. */
  restored: boolean
  dirty: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

const isRecord = (value: unknown): value is object => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * What is kept of a form: only the fields the person changed since it opened. Brought back
 * later over a fresh form, every other field shows what is stored by then, so a kept draft
 * never puts back what another tab or device changed meanwhile.
 */
function toKeep<T>(opening: T, value: T): unknown {
  return isRecord(opening) && isRecord(value) ? changedFields(opening, value) : value
}

/** A kept draft over the form's fresh value: fields a newer form added keep their defaults. */
function mergeKept<T>(fresh: T, kept: unknown): T {
  if (isRecord(fresh) && isRecord(kept)) return { ...fresh, ...kept } as T
  return kept as T
}

/** Whose drafts these are: the circle's document id around a circle's screens (removing the circle removes them). */
const DraftScope = createContext('device')
export const DraftScopeProvider = DraftScope.Provider

/** `form` names the form within its circle: 'check-in', `need:${id}`. */
export function useDraft<T>(form: string, initial: () => T): Draft<T> {
  const key = draftKey(useContext(DraftScope), form)
  const [state, setState] = useState(() => {
    const opening = initial()
    const kept = readDraft(key, Date.now())
    const value = kept === undefined ? opening : mergeKept(opening, kept)
    return { opening, value, restored: !same(value, opening) }
  })
  const dirty = !same(state.value, state.opening)

  useEffect(() => {
    if (dirty) writeDraft(key, toKeep(state.opening, state.value), Date.now())
    else clearDraft(key)
  }, [key, dirty, state.opening, state.value])
  useEffect(() => {
    markUnsaved(key, dirty)
    return () => markUnsaved(key, false)
  }, [key, dirty])

  return {
    value: state.value,
    set: (next) => setState((s) => ({ ...s, value: typeof next === 'function' ? (next as (current: T) => T)(s.value) : next })),
    reset: (fresh) => {
      clearDraft(key)
      setState((s) => ({ opening: fresh ?? s.opening, value: fresh ?? s.opening, restored: false }))
    },
    restored: state.restored,
    dirty,
  }
}
