import { renderValue, sharedCatalogue } from '../../i18n'
import { listValue, phrase } from '../../domain/phrase'
import { QUIET_KINDS, type WaitingCount } from '../../sync/waiting'

/**
 * What is waiting for the other phone, in words ("2 new tasks and 1 open call"), in the reader's
 * language; quiet acknowledgements only when there is nothing else.
 */
export const describeWaiting = (counts: readonly WaitingCount[]): string => {
  const shown = counts.some((c) => !QUIET_KINDS.has(c.kind)) ? counts.filter((c) => !QUIET_KINDS.has(c.kind)) : counts
  return String(renderValue(listValue(shown.map(({ kind, count }) => phrase(`shared.carried.waitingKind.${kind}`, { count })))))
}

/** "Sasha has 2 new tasks waiting." or "Nothing is waiting for Sasha.", on the coordinator's screens. */
export const waitingSentence = (name: string, counts: readonly WaitingCount[]): string => counts.length > 0
  ? sharedCatalogue.format('shared.carried.waitingFor', { name, what: describeWaiting(counts) })
  : sharedCatalogue.format('shared.carried.nothingWaiting', { name })

/** The kind sentence an update link travels with, from the coordinator to a helper or the person. */
export const shareTextTo = (audience: 'helper' | 'recipient', coordinator: string, link: string): string =>
  sharedCatalogue.format(audience === 'helper' ? 'shared.carried.shareText.toHelper' : 'shared.carried.shareText.toRecipient', { coordinator, link })
