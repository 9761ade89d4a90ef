import { useEffect, useState } from 'react'
import { openUpdateLink, type OpenedUpdate } from '../../sync/carried'
import { routeOf } from '../routes'
import { showSavedNotice } from '../hooks/notice'
import { href, navigate } from '../hooks/router'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format


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
        const who = holder.role === 'coordinator' ? say('shared.carried.applied.coordinator', { name: holder.personName }) : holder.role === 'map' ? say('shared.carried.applied.map') : say('shared.carried.applied.person')
        showSavedNotice(opened.outcome === 'already-here' ? say('shared.carried.alreadyHere') : who)
        navigate(destination(opened), { replace: true })
      } else {
        setResult(opened)
      }
    })
    return () => {
      live = false
    }
  }, [joined])

  if (!result) return <main id="main" className="page"><p className="muted" role="status">{say('shared.carried.opening')}</p></main>
  if (result.ok) {
    return (
      <main id="main" className="page">
        <h1>{say('shared.carried.waitingTitle')}</h1>
        <p className="notice" role="status">{say('shared.carried.waiting')}</p>
        <a className="button block" href={href(destination(result))}>{say('shared.carried.continue')}</a>
      </main>
    )
  }
  return (
    <main id="main" className="page">
      <h1>{say('shared.carried.problemTitle')}</h1>
      <p className="notice warning" role="alert">{say(`shared.carried.problems.${result.reason}`)}</p>
      <a className="button block" href={href('')}>{say('shared.carried.home')}</a>
    </main>
  )
}
