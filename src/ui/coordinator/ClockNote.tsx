import { clockDisagreement, type ClockSighting } from '../../domain/clock'
import type { MapSnapshot } from '../../store'
import { currentLocale, useText } from '../../i18n'
import { reassessCatalogue } from '../../i18n/catalogues/reassess'
const HOUR = 60 * 60_000
const DAY = 24 * HOUR

/** "about 3 days", "2 hours", "40 minutes", in the reader's language. */
function approxDuration(ms: number): string {
  const [unit, size] = ms >= DAY ? ['day', DAY] as const : ms >= HOUR ? ['hour', HOUR] as const : ['minute', 60_000] as const
  return new Intl.NumberFormat(currentLocale().tag, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.round(ms / size))
}

/** Every entry in the map whose writer's clock can be compared with this device's. */
function sightingsOf(snapshot: MapSnapshot, now: number): ClockSighting[] {
  const { inbox } = snapshot
  return [
    ...snapshot.activity.map((entry) => ({ who: null, writtenAt: entry.at, seenAt: now })),
    ...snapshot.checkIns.map((checkIn) => ({ who: null, writtenAt: checkIn.at, seenAt: now })),
    ...inbox.helperReports.map((report) => ({ who: report.helperId, writtenAt: report.at, seenAt: report.receivedAt })),
    ...inbox.claims.map((claim) => ({ who: claim.helperId, writtenAt: claim.at, seenAt: claim.seenAt })),
    ...Object.values(inbox.checkInAnswers).map((answer) => ({ who: 'recipient', writtenAt: answer.at, seenAt: answer.receivedAt })),
    ...inbox.pleaseStop.map((stop) => ({ who: 'recipient', writtenAt: stop.at, seenAt: stop.receivedAt })),
    ...inbox.suggestions.map((suggestion) => ({ who: 'recipient', writtenAt: suggestion.at, seenAt: suggestion.receivedAt })),
  ]
}

/** A kind word when this device's clock and another's (or its own earlier one) disagree. */
export function ClockNote({ snapshot, now }: { snapshot: MapSnapshot & { circle: NonNullable<MapSnapshot['circle']> }; now: number }) {
  const t = useText(reassessCatalogue)
  const disagreement = clockDisagreement(sightingsOf(snapshot, now), now)
  if (!disagreement) return null
  const duration = approxDuration(disagreement.aheadMs)
  const name = disagreement.who === 'recipient' ? snapshot.circle.recipientName
    : snapshot.helpers.find((helper) => helper.id === disagreement.who)?.name ?? t('reassess.clock.someone')
  return <p className="notice" data-testid="clock-note">{disagreement.who === null ? t('reassess.clock.own', { duration }) : t('reassess.clock.peer', { name, duration })}</p>
}
