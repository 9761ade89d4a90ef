import { useEffect, useState } from 'react'
import { openUpdateLink, type OpenedUpdate } from '../../sync/carried'
import { routeOf } from '../../sync/join'
import { showSavedNotice } from '../hooks/notice'
import { href, navigate } from '../hooks/router'
import { carriedText } from './textCarried'

const t = carriedText

/** Where a device goes after taking in an update: the coordinator to Today, a person to their circle. */
function destination(opened: Extract<OpenedUpdate, { ok: true }>): string {
  const { holder } = opened
  if (holder.role === 'coordinator') return `c/${holder.mapDocId}/today`
  return holder.role === 'map' ? `c/${holder.docId}/today` : routeOf(holder.role, holder.docId)
}

/**
 * `#/u/<docId>/<payload>`: applies a carried update to the document this device holds, then
 * goes on to the circle. Every problem gets its own kind sentence and changes nothing; an update
 * that needs an earlier one says so rather than showing a half state.
 */
export function UpdateScreen({ parts }: { parts: string[] }) {
  const [result, setResult] = useState<OpenedUpdate | null>(null)
  const joined = parts.join('/')
  useEffect(() => {
    let live = true
    openUpdateLink(joined.split('/'), Date.now()).then((opened) => {
      if (!live) return
      if (opened.ok && opened.outcome !== 'waiting-for-earlier') {
        const { holder } = opened
        const who = holder.role === 'coordinator' ? t.applied.coordinator(holder.personName) : holder.role === 'map' ? t.applied.map : t.applied.person
        showSavedNotice(opened.outcome === 'already-here' ? t.alreadyHere : who)
        navigate(destination(opened), { replace: true })
      } else {
        setResult(opened)
      }
    })
    return () => {
      live = false
    }
  }, [joined])

  if (!result) return <main id="main" className="page"><p className="muted" role="status">{t.opening}</p></main>
  if (result.ok) {
    return (
      <main id="main" className="page">
        <h1>{t.waitingTitle}</h1>
        <p className="notice" role="status">{t.waiting}</p>
        <a className="button block" href={href(destination(result))}>{t.continue}</a>
      </main>
    )
  }
  return (
    <main id="main" className="page">
      <h1>{t.problemTitle}</h1>
      <p className="notice warning" role="alert">{t.problems[result.reason]}</p>
      <a className="button block" href={href('')}>{t.home}</a>
    </main>
  )
}
