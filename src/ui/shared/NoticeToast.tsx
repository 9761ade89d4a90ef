import { useEffect } from 'react'
import { dismissNotice, useNotice } from '../hooks/notice'
import { sharedText } from './text'

const VISIBLE_MS = 8000

export function NoticeToast() {
  const notice = useNotice()
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => dismissNotice(notice.id), VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [notice])
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {notice && (
        <div className="toast">
          <span>{notice.message}</span>
          {notice.action && (
            <button type="button" className="button small" onClick={() => { notice.action!.run(); dismissNotice(notice.id) }}>
              {notice.action.label}
            </button>
          )}
          <button type="button" className="button small quiet" aria-label={sharedText.close} onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      )}
    </div>
  )
}
