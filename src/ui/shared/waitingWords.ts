import { renderValue } from '../../i18n'
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
