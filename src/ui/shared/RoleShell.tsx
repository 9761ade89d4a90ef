import { useEffect, useRef, useState, type ReactNode } from 'react'
import type { CrisisResource } from '../../domain/model'
import { dismissNotice } from '../hooks/notice'
import { href } from '../hooks/router'
import { DraftScopeProvider } from '../hooks/useDraft'
import { RoleDocMissing } from '../../sync/roleDocMissing'
import { useKeyCheck } from '../hooks/useKeyCheck'
import { CrisisHelp } from './CrisisHelp'
import { DamagedNote } from './StorageNotes'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/**
 * What a helper's and the recipient's phones share: the states of their one document before
 * and after the circle (waiting, revoked, too new), and the layout around their screens.
 */
export type DocState = 'waiting' | 'ready' | 'revoked' | 'too-new'

export interface StateWords {
  waitingTitle: string
  waiting: string
  revokedTitle: string
  revoked: string
  forgetting: string
  forgetFailed: string
  tooNew: string
  home: string
  /** A later start on a phone that was removed: nothing of the circle is kept any more. */
  removed: string
  notHereTitle: string
  notHere: string
  lost: string
  error: string
  /** Others are in the room, and nothing they send opens with this link's key. */
  keyMismatchTitle: string
  keyMismatch: string
}

/** Forgets a revoked document once, and says "no longer keeps any of it" only once that is true. */
function useForgetOnRevoke(state: DocState, onRevoked?: () => Promise<void> | void): 'pending' | 'done' | 'failed' {
  const forgotten = useRef(false)
  const [forgetting, setForgetting] = useState<'pending' | 'done' | 'failed'>('done')
  useEffect(() => {
    if (state !== 'revoked' || forgotten.current) return
    forgotten.current = true
    if (!onRevoked) return
    setForgetting('pending')
    // The page now says what happened; a toast about the circle ("up to date with this update",
    // "Saved") would contradict it.
    const forgot = () => {
      dismissNotice()
      setForgetting('done')
    }
    Promise.resolve()
      .then(onRevoked)
      .then(forgot, () => setForgetting('failed'))
  }, [state, onRevoked])
  return forgetting
}

/** A whole-page message for a document that is not ready; null when it is. */
export function DocStateMessage({ docId, state, ready, words, onRevoked }: { docId: string; state: DocState; ready: boolean; words: StateWords; onRevoked?: () => Promise<void> | void }) {
  const forgetting = useForgetOnRevoke(state, onRevoked)
  const key = useKeyCheck(docId)
  if (state === 'revoked') {
    const message = forgetting === 'pending' ? words.forgetting : forgetting === 'failed' ? words.forgetFailed : words.revoked
    return <Message title={words.revokedTitle} message={message} home={words.home} />
  }
  if (state === 'too-new') return <Message title={say('shared.appName')} message={words.tooNew} home={words.home} warning />
  if ((state === 'waiting' || !ready) && key === 'mismatch') return <Message title={words.keyMismatchTitle} message={words.keyMismatch} home={words.home} warning />
  if (state === 'waiting' || !ready) return <Message title={words.waitingTitle} message={words.waiting} home={words.home} />
  return null
}

/** Why a person's document could not be opened here, as a whole page: removed, never here, lost, or a storage failure. */
export function OpenFailedMessage({ error, words }: { error: Error; words: StateWords }) {
  if (error instanceof RoleDocMissing) {
    if (error.reason === 'removed') return <Message title={words.revokedTitle} message={words.removed} home={words.home} />
    return <Message title={words.notHereTitle} message={error.reason === 'lost' ? words.lost : words.notHere} home={words.home} warning={error.reason === 'lost'} />
  }
  return <Message title={say('shared.appName')} message={words.error} home={words.home} warning />
}

function Message({ title, message, home, warning = false }: { title: string; message: string; home: string; warning?: boolean }) {
  return (
    <main id="main" className="page role-message">
      <h1>{title}</h1>
      <p className={warning ? 'notice warning' : 'lead'} role="status">{message}</p>
      <a className="button block" href={href('')}>{home}</a>
    </main>
  )
}

export interface RoleTab {
  href: string
  label: string
  current: boolean
}

/** The top bar (back to all circles, a title, crisis help) and the tabs of a role's screens. */
export function RoleLayout(props: { docId: string; title: string; allCircles: string; navLabel: string; tabs: RoleTab[]; crisis: Array<Omit<CrisisResource, 'id'>>; children: ReactNode }) {
  const crisis = props.crisis.map((resource, index) => ({ id: String(index), ...resource }))
  return (
    <div className="circle-layout">
      <a className="skip-link" href="#main">{say('shared.skipToContent')}</a>
      <div className="circle-head">
        <header className="top-bar">
          <a className="top-home" href={href('')}>
            <span aria-hidden="true">‹</span>
            <span className="visually-hidden">{props.allCircles}</span>
          </a>
          <p className="top-title">{props.title}</p>
          <CrisisHelp resources={crisis} />
        </header>
        <nav className="tabs" aria-label={props.navLabel}>
          {props.tabs.map((tab) => <a key={tab.href} href={tab.href} aria-current={tab.current ? 'page' : undefined}>{tab.label}</a>)}
        </nav>
      </div>
      <DamagedNote docId={props.docId} />
      <DraftScopeProvider value={props.docId}>{props.children}</DraftScopeProvider>
    </div>
  )
}

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? ''
