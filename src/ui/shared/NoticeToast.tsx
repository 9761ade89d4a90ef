import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { dismissNotice, useNotice } from '../hooks/notice'
import { useAddress } from '../hooks/router'
import { useToastSpace } from '../hooks/useToastSpace'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

const VISIBLE_MS = 8000

/**
 * Where the control a person pressed last was on screen when they pressed it: a toast must
 * never sit on top of it (pressing often replaces the control, so its place is kept, not it).
 */
let lastPressed: { top: number; bottom: number; at: number } | null = null
const PRESS_MEMORY_MS = 2000
function remember(element: Element | null) {
  const rect = element?.getBoundingClientRect()
  lastPressed = rect ? { top: rect.top, bottom: rect.bottom, at: performance.now() } : null
}
if (typeof document !== 'undefined') {
  document.addEventListener('pointerdown', (event) => {
    remember(event.target instanceof Element ? event.target.closest('button, a, label, input, select, textarea') : null)
  }, { capture: true })
  document.addEventListener('keydown', () => remember(document.activeElement), { capture: true })
}

export function NoticeToast() {
  const notice = useNotice()
  const region = useRef<HTMLDivElement>(null)
  const [atTop, setAtTop] = useState(false)
  const address = useAddress()
  // A toast whose button acts on the screen it was shown on leaves with that screen (notice.ts).
  useEffect(() => {
    if (notice?.screen != null && notice.screen !== address) dismissNotice(notice.id)
  }, [notice, address])
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => dismissNotice(notice.id), VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  // Near the bottom by default, in thumb reach; at the top when there it would cover the control
  // just pressed (a Done button low on the screen, say).
  useLayoutEffect(() => {
    const toast = region.current?.firstElementChild
    const pressed = lastPressed
    if (!notice || !toast || !pressed || performance.now() - pressed.at > PRESS_MEMORY_MS) return setAtTop(false)
    const root = getComputedStyle(document.documentElement)
    const offset = (parseFloat(root.getPropertyValue('--toast-offset')) || 0) + (parseFloat(root.getPropertyValue('--update-toast-space')) || 0)
    const bottom = window.innerHeight - offset
    const top = bottom - toast.getBoundingClientRect().height
    setAtTop(pressed.bottom > top && pressed.top < bottom)
  }, [notice])
  const toast = useRef<HTMLDivElement>(null)
  useToastSpace(toast, '--toast-space', notice && !atTop ? `${notice.id}` : null)
  return (
    <div ref={region} className={atTop ? 'toast-region top' : 'toast-region'} role="status" aria-live="polite">
      {notice && (
        <div ref={toast} className="toast">
          <span>{notice.message}</span>
          {notice.action && (
            <button type="button" className="button small" onClick={() => { notice.action!.run(); dismissNotice(notice.id) }}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="button small quiet" aria-label={say('shared.close')} onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  )
}
