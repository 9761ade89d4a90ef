import type { CircleDocument } from '../../store/schema/document'
import { useSendable } from '../hooks/useSendable'
import { SendUpdate } from '../shared/SendUpdate'
import { firstName } from '../shared/RoleShell'
import { shareTextTo } from '../shared/waitingWords'
import type { CircleViewProps } from './CircleScreen'
import { useText } from '../../i18n'
import { peopleCatalogue } from '../../i18n/catalogues/people'

type Snapshot = CircleViewProps['snapshot']

/**
 * A withdrawal as an update link. A withdrawn document (a helper removed or put on the "not
 * involved" list, or "Stop sharing" with the person's phone) reaches a phone that is live when it
 * next connects; a phone that syncs only by links needs it carried. Opening the link makes that
 * phone forget the document at once (sync/carried.ts, then the role's screen forgets it). Offered
 * until the phone is known to have it, and also for a phone never heard from: it may have opened
 * its invitation offline.
 */

/** The recipient's latest withdrawn document (not one replaced by a fresh start): its phone may not know yet. */
export function lastWithdrawn(documents: readonly CircleDocument[]): CircleDocument | undefined {
  return documents.filter((d) => d.audience === 'recipient' && d.revokedAt !== null && !d.movedTo).at(-1)
}

/** Every withdrawal a phone may still be waiting for: each withdrawn helper's document, and the recipient's latest. */
export function withdrawnDocuments(documents: readonly CircleDocument[]): CircleDocument[] {
  const recipient = lastWithdrawn(documents)
  return documents.filter((d) => d === recipient || (d.audience === 'helper' && d.revokedAt !== null && !d.movedTo))
}

/** Whose phone it is: the person supported, a helper, or a helper since removed (their name is kept for this). */
function holderName(snapshot: Snapshot, document: CircleDocument): string {
  if (document.helperId === null) return snapshot.circle.recipientName
  return snapshot.helpers.find((h) => h.id === document.helperId)?.name
    || snapshot.formerHelpers.find((h) => h.id === document.helperId)?.name
    || ''
}

/**
 * The link for one withdrawn document while its phone has not heard: a section in that person's
 * panel, or a card in the list on Send updates (`card`).
 */
export function WithdrawalLink({ snapshot, document, card = false }: { snapshot: Snapshot; document: CircleDocument | undefined; card?: boolean }) {
  const t = useText(peopleCatalogue)
  const sendable = useSendable(document?.id ?? null, document?.key ?? null, document?.audience ?? 'recipient', 'coordinator')
  // Once the document says it (projection writes it a moment after the command), until the phone is known to have it.
  if (!document || !sendable?.waiting.some((w) => w.kind === 'revoked')) return null
  const name = holderName(snapshot, document) || t('people.withdraw.someone')
  const coordinator = firstName(snapshot.circle.coordinator.name) || snapshot.circle.coordinator.name
  const title = t('people.withdraw.sendTitle', { name })
  const hint = t(document.audience === 'helper' ? 'people.withdraw.sendHintHelper' : 'people.withdraw.sendHint', { name })
  const send = <SendUpdate link={sendable.link} name={name} shareText={(update) => shareTextTo(document.audience, coordinator, update)} />
  const id = `withdrawal-${document.id}`
  return card ? (
    <li className="card" aria-labelledby={id}>
      <span className="card-title" id={id}>{title}</span>
      <p className="small" data-testid="withdrawal-waiting">{hint}</p>
      {send}
    </li>
  ) : (
    <section className="send-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="small" data-testid="withdrawal-waiting">{hint}</p>
      {send}
    </section>
  )
}
