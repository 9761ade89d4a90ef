import { useRegisterSW } from 'virtual:pwa-register/react'
import { sharedText } from './text'

/** A new version waits for the person to say so: never a silent reload that loses a form. */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()
  if (!needRefresh) return null
  return (
    <div className="toast" role="status">
      <span>{sharedText.updateReady}</span>
      <button type="button" className="button small" onClick={() => updateServiceWorker(true)}>
        {sharedText.updateNow}
      </button>
      <button type="button" className="button small quiet" onClick={() => setNeedRefresh(false)}>
        {sharedText.updateLater}
      </button>
    </div>
  )
}
