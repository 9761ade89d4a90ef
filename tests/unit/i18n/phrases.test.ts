import { describe, expect, it } from 'vitest'
import { renderPhrase, switchLocale } from '../../../src/i18n'
import '../../../src/i18n/catalogues/planner'
import '../../../src/i18n/catalogues/refusals'
import '../../../src/i18n/catalogues/words'
import type { Phrase } from '../../../src/domain/phrase'
import { TASK_KINDS, WEEKDAYS } from '../../../src/domain/model'
import type { GapReason, LeftOutReason } from '../../../src/domain/planner'
import type { PartOfDay } from '../../../src/domain/planner/localTime'
import * as planner from '../../../src/domain/planner/words'
import { refusals } from '../../../src/store'

/**
 * Every phrase the planner and the store can build, for every value its ids are made from
 * (`planner.gap.${reason}`…), renders in every language: a message missing from a catalogue, or
 * a value it does not take, shows here (a missing message renders as its id).
 */
const GAP_REASONS: GapReason[] = [
  'no-offer-of-kind', 'no-one-at-that-time', 'outside-offer-dates', 'everyone-at-limit', 'busy-elsewhere', 'only-excluded-or-remote',
  'missing-tags', 'professional-first', 'off-limits', 'away', 'could-be-filled', 'clock-change',
]
const LEFT_OUT: LeftOutReason[] = [
  { kind: 'reserve', needIds: ['a', 'b'] }, { kind: 'backup-only' },
  { kind: 'someone-else', occurrenceId: 'a:2026-12-01:08:00', needId: 'a', helperId: 'h', weekday: 2, regular: true },
  { kind: 'someone-else', occurrenceId: 'a:2026-12-01:08:00', needId: 'a', helperId: 'h', weekday: 2, regular: false },
  { kind: 'at-limit' }, { kind: 'away' }, { kind: 'declined', needId: 'a' }, { kind: 'not-available' }, { kind: 'held-back' },
  { kind: 'nothing-fits' }, { kind: 'no-offer' },
]
const PARTS: Array<PartOfDay | null> = ['morning', 'afternoon', 'evening', 'night', null]

function everyPhrase(): Phrase[] {
  const v = planner.violationWords
  const phrases: Phrase[] = [
    ...Object.values(v).filter((value): value is Phrase => typeof value === 'object'),
    ...TASK_KINDS.flatMap((kind) => [v.kindNotOffered(kind), planner.reasonWords.offered(kind)]),
    ...WEEKDAYS.flatMap((day) => [v.notAvailableOn(day), v.notFreeThen(day), planner.reasonWords.series(day, 3)]),
    v.missingTags(['Spanish', 'a car']), v.outsideOfferDates('2026-12-01', '2026-12-08'), v.outsideOfferDates('2026-12-01', null),
    v.outsideOfferDates(null, '2026-12-08'), v.away('2026-12-01', '2026-12-01'), v.away('2026-12-01', '2026-12-03'),
    v.removedThen('2026-12-01', '2026-12-01'), v.removedThen('2026-12-01', '2026-12-03'), v.weeklyLimit(1), v.weeklyLimit(3),
    v.primaryAndBackup('primary'), v.primaryAndBackup('backup'),
    planner.droppedWords.alreadyCovered, planner.droppedWords.because('Sam', v.overlap, 'backup'),
    planner.reasonWords.accepted, planner.reasonWords.override('Sam: remote only'), planner.reasonWords.backupFor('Sam'),
    planner.reasonWords.backupFor(null), planner.reasonWords.hasTags(['Spanish']), planner.reasonWords.load(1, 2),
    planner.reasonWords.backupIsFree, planner.reasonWords.overeagerBackup,
    ...(['morning', 'afternoon', 'evening', 'night'] as const).flatMap((part) => [planner.reasonWords.freeAt([1, 2, 3, 4, 5, 6, 7], part), planner.reasonWords.freeAt([2, 4], part)]),
    ...GAP_REASONS.flatMap((reason) => PARTS.map((part) => planner.gapWords(reason, 'Walk Bruno', 6, part))),
    ...GAP_REASONS.map((reason) => planner.gapSentence(planner.gapLead(reason), 'Walk Bruno', [
      planner.whenPhrase([6, 7], ['morning', 'evening']), planner.whenPhrase([1, 2, 3, 4, 5, 6, 7], ['night']), planner.whenPhrase([1, 2, 3, 4, 5, 6, 7], []), planner.whenPhrase([3], []),
    ])),
    planner.fillWords.canTake('Sam', 1, 2), planner.fillWords.cannot('Sam', v.overlap),
    ...PARTS.flatMap((part) => [planner.fixWords.openCall('Walk Bruno', 7, part), planner.fixWords.extendWindow('Sam', 7, part)]),
    planner.fixWords.spareAsBackup(planner.fixWords.raiseLimit('Lee', 3, 2), ['Lee']), planner.fixWords.spareAsBackup(planner.fixWords.raiseLimit('Lee', 3, 12), ['Lee', 'Sam']),
    planner.fixWords.extendUntil('Sam', '2026-12-08'), planner.fixWords.extendFrom('Sam', '2026-12-01'),
    planner.fixWords.offLimits, planner.fixWords.professionalFirst, planner.fixWords.clockChange, planner.fixWords.nothingFills,
    ...LEFT_OUT.map((reason) => planner.leftOutWords(reason, () => 'Weekly shop', () => 'Rui')),
    ...Object.values(refusals).filter((value): value is Phrase => typeof value === 'object'),
    refusals.callTaken('Lee'), refusals.extendNotLater('2026-12-08'), refusals.excludedInvite('Sam'),
    refusals.durationDoesNotFit({ start: '22:00', end: '06:00', spanDays: 1 } as never, 9 * 60),
  ]
  return phrases
}

describe('every phrase the planner and the store build', () => {
  for (const locale of [{ language: 'en', tag: 'en-GB' }, { language: 'es', tag: 'es-ES' }, { language: 'en', tag: 'en-US' }] as const) {
    it(`renders in ${locale.tag}, with no id or placeholder left`, async () => {
      await switchLocale(locale)
      const broken = everyPhrase().map((phrase) => [phrase.id, renderPhrase(phrase, locale)] as const)
        .filter(([id, text]) => text === id || /[{}]|planner\.|refusals\.|words\./.test(text))
      expect(broken).toEqual([])
      await switchLocale({ language: 'en', tag: 'en-GB' })
    })
  }

  it('speaks Spanish in Spanish', () => {
    const es = { language: 'es', tag: 'es-ES' } as const
    expect(renderPhrase(planner.gapSentence(planner.gapLead('no-offer-of-kind'), 'Pasear a Bruno', [planner.whenPhrase([6, 7], ['morning', 'evening'])]), es))
      .toBe('Nadie se ha ofrecido: “Pasear a Bruno”, sábado y domingo por la mañana y al atardecer')
    expect(renderPhrase(planner.fixWords.openCall('Pasear a Bruno', 7, 'morning'), es)).toBe('Publica una llamada abierta para “Pasear a Bruno” los domingos por la mañana')
    expect(renderPhrase(planner.fixWords.raiseLimit('Lee', 3, 2), es)).toBe('Sube el límite de Lee a 3 durante dos semanas')
  })
})
