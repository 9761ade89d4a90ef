import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useToastSpace } from '../hooks/useToastSpace'
import { useRegisterSW } from 'virtual:pwa-register/react'
import { allowLeaving, hasUnsavedInput, subscribeUnsaved, tabsWithUnsavedInput } from '../hooks/unsavedInput'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

const POLL_MS = 500

/**
 * A new version waits for the person to say so, and then for every tab's typing: "Update now"
 * holds back while a form in any tab of this browser has unsaved text (and says where), and a
 * tab the new version took over reloads only once its own forms are saved or empty. What was
 * typed is kept as a draft meanwhile, so "Update anyway" loses nothing either.
 */
type Waiting = 'here' | 'elsewhere' | null

/** The new version took over (here or in another tab): reload now, or once this tab's forms are clear. */
let takenOver = false
let anyway = false
const takenOverListeners = new Set<() => void>()
function onNeedReload() {
  if (anyway || !hasUnsavedInput()) return window.location.reload()
  takenOver = true
  takenOverListeners.forEach((listener) => listener())
}

function useUnsavedHere(): boolean {
  return useSyncExternalStore(subscribeUnsaved, hasUnsavedInput)
}

function useTakenOver(): boolean {
  return useSyncExternalStore((listener) => {
    takenOverListeners.add(listener)
    return () => takenOverListeners.delete(listener)
  }, () => takenOver)
}

/**
 * A new version found while this page runs, however it was found. On a first visit the page is
 * not controlled by the service worker it installed (no clientsClaim, so that a page is never
 * switched under someone's typing), so the new version does not wait: with no page to serve, it
 * takes over at once, and workbox-window's "waiting" came only when it caught that moment. The
 * registration says it surely: a worker installed while another was already active.
 */
function useNewVersionFound(onFound: () => void) {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    let registration: ServiceWorkerRegistration | null = null
    let live = true
    const onUpdateFound = () => {
      const worker = registration?.installing
      // The very first install has no active worker: that is not a new version.
      if (!worker || !registration?.active) return
      worker.addEventListener('statechange', () => {
        if (live && (worker.state === 'installed' || worker.state === 'activated')) onFound()
      })
    }
    void navigator.serviceWorker.ready.then((ready) => {
      if (!live) return
      registration = ready
      ready.addEventListener('updatefound', onUpdateFound)
      if (ready.waiting) onFound()
    })
    return () => {
      live = false
      registration?.removeEventListener('updatefound', onUpdateFound)
    }
  }, [onFound])
}

/**
 * Moves this page to the new version. A page no service worker controls (a first visit) hears no
 * "controlling": it reloads itself, through onNeedReload (only when no form on it holds unsaved
 * text, or the person said "anyway"), once the new version is active, or at once if it already is.
 */
async function switchToNewVersion(updateServiceWorker: (reload?: boolean) => Promise<void>) {
  if ('serviceWorker' in navigator && !navigator.serviceWorker.controller) {
    const waiting = (await navigator.serviceWorker.getRegistration())?.waiting
    if (!waiting) return onNeedReload()
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') onNeedReload()
    })
  }
  await updateServiceWorker(true)
}

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ onNeedReload })
  const unsavedHere = useUnsavedHere()
  const updated = useTakenOver()
  const [requested, setRequested] = useState(false)
  const [waiting, setWaiting] = useState<Waiting>(null)
  const prompt = useRef<HTMLDivElement>(null)
  useNewVersionFound(useCallback(() => setNeedRefresh(true), [setNeedRefresh]))
  useToastSpace(prompt, '--update-toast-space', updated ? 'updated' : needRefresh ? 'ready' : null)

  // Updated while this tab had a form open: switch as soon as it is saved or emptied.
  useEffect(() => {
    if (updated && !unsavedHere) window.location.reload()
  }, [updated, unsavedHere])

  // Asked to update: wait until no tab has unsaved text, saying where it is.
  useEffect(() => {
    if (!requested) return
    let live = true
    const check = async () => {
      const tabs = await tabsWithUnsavedInput()
      if (!live) return
      if (tabs === 0) {
        live = false
        setWaiting(null)
        void switchToNewVersion(updateServiceWorker)
        return
      }
      setWaiting(hasUnsavedInput() ? 'here' : 'elsewhere')
    }
    void check()
    const timer = setInterval(check, POLL_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [requested, updateServiceWorker])

  if (updated) {
    return <div ref={prompt} className="toast update-toast" role="status"><span>{say('shared.update.updatedWaiting')}</span></div>
  }
  if (!needRefresh) return null
  return (
    <div ref={prompt} className="toast update-toast" role="status">
      <span>{waiting === 'here' ? say('shared.update.waitingHere') : waiting === 'elsewhere' ? say('shared.update.waitingElsewhere') : say('shared.updateReady')}</span>
      {waiting === null && !requested && (
        <button type="button" className="button small" onClick={() => setRequested(true)}>{say('shared.updateNow')}</button>
      )}
      {waiting !== null && (
        <button type="button" className="button small" onClick={() => {
          anyway = true
          allowLeaving()
          void switchToNewVersion(updateServiceWorker)
        }}>{say('shared.update.anyway')}</button>
      )}
      <button type="button" className="button small quiet" onClick={() => { setRequested(false); setWaiting(null); setNeedRefresh(false) }}>
        {say('shared.updateLater')}
      </button>
    </div>
  )
}
