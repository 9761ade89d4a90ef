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
  if (takenOver) return
  takenOver = true
  takenOverListeners.forEach((listener) => listener())
}

/**
 * A new version took over this page (it was served by the old one): whichever tab asked, and
 * however the new version was found. workbox-window reports this ("controlling") only to a page
 * in which it saw the new version wait itself, and Kith can show the prompt without that (see
 * useNewVersionFound): such a tab used to stay on the old version for good.
 */
function useReloadOnTakeover() {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return
    const container = navigator.serviceWorker
    container.addEventListener('controllerchange', onNeedReload)
    return () => container.removeEventListener('controllerchange', onNeedReload)
  }, [])
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
      // Found before this page looked (an update check on navigation): still installing.
      else if (ready.installing) onUpdateFound()
    })
    return () => {
      live = false
      registration?.removeEventListener('updatefound', onUpdateFound)
    }
  }, [onFound])
}

const NUDGE_MS = 1500

/**
 * Tells the waiting version to take over, and makes sure it does. Chromium activates it only once
 * the old version's worker has no work: on skipWaiting() it asks that worker to stop as soon as it
 * is idle, but a request from an open page arriving just then starts the old worker again, and the
 * new version then waits for the old worker's ordinary idle timeout (30 s without a request, at
 * most 5 minutes). A second skipWaiting() changes nothing; a navigation in the service worker's
 * scope makes Chromium ask again. So while the new version still waits, a tiny page of the scope
 * (the icon, precached) is loaded in a hidden frame now and then. (Seen through CDP in
 * update-prompt.spec: the old worker "stopped", at once "running" again, the new one still
 * "installed" 20 s later.)
 */
async function skipWaitingUntilTakenOver(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration()
  const waiting = registration?.waiting
  if (!registration || !waiting) return
  waiting.postMessage({ type: 'SKIP_WAITING' })
  const timer = setInterval(() => {
    if (registration.waiting !== waiting) return clearInterval(timer)
    const frame = document.createElement('iframe')
    frame.hidden = true
    frame.tabIndex = -1
    frame.setAttribute('aria-hidden', 'true')
    frame.addEventListener('load', () => frame.remove(), { once: true })
    frame.src = new URL('favicon.svg', registration.scope).href
    document.body.append(frame)
    setTimeout(() => frame.remove(), 10_000)
  }, NUDGE_MS)
}

/**
 * Moves this page to the new version. A page the old version serves reloads on "controllerchange"
 * (useReloadOnTakeover). A page no service worker controls (a first visit) hears none: it reloads
 * itself, through onNeedReload (only when no form on it holds unsaved text, or the person said
 * "anyway"), once the new version is active, or at once if it already is.
 */
async function switchToNewVersion() {
  if (!('serviceWorker' in navigator)) return
  if (!navigator.serviceWorker.controller) {
    const waiting = (await navigator.serviceWorker.getRegistration())?.waiting
    if (!waiting) return onNeedReload()
    waiting.addEventListener('statechange', () => {
      if (waiting.state === 'activated') onNeedReload()
    })
  }
  await skipWaitingUntilTakenOver()
}

export function UpdatePrompt() {
  // Registers the service worker and keeps "a new version is ready"; its own reload on takeover
  // goes through onNeedReload too, so it never reloads over unsaved text.
  const { needRefresh: [needRefresh, setNeedRefresh] } = useRegisterSW({ onNeedReload })
  const unsavedHere = useUnsavedHere()
  const updated = useTakenOver()
  const [requested, setRequested] = useState(false)
  const [waiting, setWaiting] = useState<Waiting>(null)
  const prompt = useRef<HTMLDivElement>(null)
  useNewVersionFound(useCallback(() => setNeedRefresh(true), [setNeedRefresh]))
  useReloadOnTakeover()
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
        void switchToNewVersion()
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
  }, [requested])

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
          void switchToNewVersion()
        }}>{say('shared.update.anyway')}</button>
      )}
      <button type="button" className="button small quiet" onClick={() => { setRequested(false); setWaiting(null); setNeedRefresh(false) }}>
        {say('shared.updateLater')}
      </button>
    </div>
  )
}
