import { useEffect, useState } from 'react'
import { joinFromInvite, type JoinResult } from '../../sync/join'
import { routeOf } from '../routes'
import { href, navigate } from '../hooks/router'
import { sharedCatalogue } from '../../i18n'

const say = sharedCatalogue.format

/** `#/join/<role>/<docId>/<key>`: joins, then replaces the address so the key leaves history. */
export function JoinScreen({ parts }: { parts: string[] }) {
  const [result, setResult] = useState<JoinResult | { ok: false; reason: 'storage' } | null>(null)
  const joined = parts.join('/')
  useEffect(() => {
    let live = true
    joinFromInvite(joined.split('/'), Date.now()).then(
      (outcome) => {
        if (!live) return
        if (!outcome.ok) return setResult(outcome)
        // A new coordinator device first says whose it is, on the circle's Coordinators screen.
        navigate(outcome.role === 'coordinator' ? `c/${outcome.docId}/coordinators` : routeOf(outcome.role, outcome.docId), { replace: true })
      },
      () => live && setResult({ ok: false, reason: 'storage' }),
    )
    return () => {
      live = false
    }
  }, [joined])

  if (!result || result.ok) return <main id="main" className="page"><p className="muted">{say('shared.join.joining')}</p></main>
  const message = result.reason === 'storage' ? say('shared.storageSlow') : say(`shared.join.${result.reason}`)
  return (
    <main id="main" className="page">
      <h1>{say('shared.join.problemTitle')}</h1>
      <p className="notice warning" role="alert">{message}</p>
      <a className="button block" href={href('')}>{say('shared.join.home')}</a>
    </main>
  )
}
