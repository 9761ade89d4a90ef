import { useEffect, useId, useState } from 'react'
import { ownKeyOf } from '../../sync/carried'
import { URGENT_KINDS, worthSending, type Audience } from '../../sync/waiting'
import { useSendable } from '../hooks/useSendable'
import { SendUpdate } from './SendUpdate'
import { sharedCatalogue } from '../../i18n'
import { describeWaiting } from './waitingWords'

const say = sharedCatalogue.format


/**
 * On a helper's or the recipient's phone: what they wrote that the coordinator's phone has not
 * got yet ("can't make it" and "please stop" first), and one tap to send it by any messenger.
 * Gone once the coordinator's phone has it, live or by link.
 */
export function SendBack({ docId, audience, coordinator, sender }: { docId: string; audience: Audience; coordinator: string; sender: string }) {
  const [key, setKey] = useState<string | null>(null)
  const titleId = useId()
  useEffect(() => {
    // A key read for an earlier document (or after the screen left) must not land here.
    let current = true
    ownKeyOf(docId).then((found) => current && setKey(found), () => current && setKey(null))
    return () => { current = false }
  }, [docId])
  const sendable = useSendable(docId, key, audience, 'person')
  if (!sendable || !worthSending(sendable.waiting)) return null
  const urgent = sendable.waiting.some((w) => URGENT_KINDS.has(w.kind))
  return (
    <section className={`panel send-back${urgent ? ' attention' : ''}`} aria-labelledby={titleId}>
      <h2 id={titleId}>{say('shared.carried.sendBack.title', { coordinator })}</h2>
      <p className="small">{say('shared.carried.sendBack.intro', { coordinator, what: describeWaiting(sendable.waiting) })}</p>
      {urgent && <p className="small">{say('shared.carried.sendBack.urgent', { coordinator })}</p>}
      <SendUpdate link={sendable.link} name={coordinator} shareText={(link) => say('shared.carried.shareText.toCoordinator', { person: sender, link })} />
    </section>
  )
}
