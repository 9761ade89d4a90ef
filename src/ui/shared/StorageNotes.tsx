import { useEffect, useState } from 'react'
import type { DocStatus } from '../../sync/persistence'
import { showNotice } from '../hooks/notice'
import { href } from '../hooks/router'
import { useStorageStatus, useStorageStatuses } from '../hooks/useStorage'
import { currentLocale, sharedCatalogue } from '../../i18n'
import { formatInstant } from '../../domain/dates'
import { deviceTimeZone } from '../hooks/useNow'

const say = sharedCatalogue.format

const SAVED_AGAIN_MS = 8000

const timeOf = (instant: number) => formatInstant(instant, deviceTimeZone(), currentLocale().tag)

/**
 * The page's one note about storage: changes that are not on disk (what, why, what to do, and
 * a way to try again now), or that the circle was removed underneath this tab. Shown on every
 * screen, above everything, because it outranks whatever the person is doing.
 */
export function SaveProblems() {
  const statuses = useStorageStatuses()
  const removed = statuses.some((s) => s.state.kind === 'removed')
  const failing = statuses.filter((s): s is DocStatus & { state: { kind: 'failing' } } => s.state.kind === 'failing')
  const savedAgain = useSavedAgain(statuses)
  if (removed) {
    return (
      <section className="storage-problem" role="alert" aria-labelledby="storage-problem-title">
        <h2 id="storage-problem-title">{say('shared.storage.removedTitle')}</h2>
        <p>{say('shared.storage.removed')}</p>
        <a className="button small" href={href('')}>{say('shared.storage.home')}</a>
      </section>
    )
  }
  if (failing.length > 0) {
    const since = Math.min(...failing.map((s) => s.state.since))
    const problem = failing[0].state.problem
    return (
      <section className="storage-problem" role="alert" aria-labelledby="storage-problem-title">
        <h2 id="storage-problem-title">{say('shared.storage.notSavedTitle')}</h2>
        <p>{say('shared.storage.notSavedSince', { time: timeOf(since) })} {problem === 'quota' ? say('shared.storage.quota') : problem === 'closed' ? say('shared.storage.closed') : say('shared.storage.unknown')}</p>
        <button type="button" className="button small" onClick={retrySaving}>{say('shared.storage.tryAgain')}</button>
      </section>
    )
  }
  return savedAgain ? <p className="storage-recovered" role="status">{say('shared.storage.savedAgain')}</p> : null
}

// Shown only once a document is open, so persistence (and Yjs with it) is loaded by then: imported on demand, off the first paint.
const retrySaving = () => void import('../../sync/persistence').then((persistence) => persistence.retrySaving())

/**
 * "Everything is saved again" for a moment once saving worked again — shown only while every
 * change made so far is stored: a write still going (or a document still loading, whose changes
 * wait for it) hides it until it is done; a document that never opened says so on its own screen.
 * Its moment starts the first time all is stored after that recovery and is not started again by
 * later saves.
 */
function useSavedAgain(statuses: DocStatus[]): boolean {
  const latest = Math.max(0, ...statuses.map((s) => s.recoveredAt ?? 0))
  const stored = statuses.every((s) => s.state.kind === 'saved' || s.state.kind === 'unopened')
  const [startedFor, setStartedFor] = useState(0)
  const [overFor, setOverFor] = useState(0)
  useEffect(() => {
    if (stored && latest > 0 && startedFor !== latest) setStartedFor(latest)
  }, [stored, latest, startedFor])
  useEffect(() => {
    if (!startedFor) return
    const timer = setTimeout(() => setOverFor(startedFor), SAVED_AGAIN_MS)
    return () => clearTimeout(timer)
  }, [startedFor])
  return stored && latest > 0 && startedFor === latest && overFor !== latest
}

/** Rows of this document that could not be read: how many, and an offer to save a repaired copy. */
export function DamagedNote({ docId }: { docId: string }) {
  const status = useStorageStatus(docId)
  const [busy, setBusy] = useState(false)
  const damaged = status?.load?.damaged ?? 0
  if (damaged === 0) return null
  const repair = () => {
    setBusy(true)
    import('../../sync/persistence').then((persistence) => persistence.repairDoc(docId)).then(
      () => showNotice(say('shared.storage.repaired')),
      () => showNotice(say('shared.storage.repairFailed')),
    ).finally(() => setBusy(false))
  }
  return (
    <section className="notice warning" aria-label={say('shared.storage.repair')} data-not-stored="">
      <p>{say('shared.storage.damaged', { count: damaged })}</p>
      <p className="small">{say('shared.storage.repairHint')}</p>
      <button type="button" className="button small" disabled={busy} onClick={repair}>{say('shared.storage.repair')}</button>
    </section>
  )
}
