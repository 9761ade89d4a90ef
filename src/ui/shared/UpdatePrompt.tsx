import { useEffect, useState, useSyncExternalStore } from 'react'
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

export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({ onNeedReload })
  const unsavedHere = useUnsavedHere()
  const updated = useTakenOver()
  const [requested, setRequested] = useState(false)
  const [waiting, setWaiting] = useState<Waiting>(null)

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
        void updateServiceWorker(true)
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
    return <div className="toast update-toast" role="status"><span>{say('shared.update.updatedWaiting')}</span></div>
  }
  if (!needRefresh) return null
  return (
    <div className="toast update-toast" role="status">
      <span>{waiting === 'here' ? say('shared.update.waitingHere') : waiting === 'elsewhere' ? say('shared.update.waitingElsewhere') : say('shared.updateReady')}</span>
      {waiting === null && !requested && (
        <button type="button" className="button small" onClick={() => setRequested(true)}>{say('shared.updateNow')}</button>
      )}
      {waiting !== null && (
        <button type="button" className="button small" onClick={() => {
          anyway = true
          allowLeaving()
          void updateServiceWorker(true)
        }}>{say('shared.update.anyway')}</button>
      )}
      <button type="button" className="button small quiet" onClick={() => { setRequested(false); setWaiting(null); setNeedRefresh(false) }}>
        {say('shared.updateLater')}
      </button>
    </div>
  )
}
