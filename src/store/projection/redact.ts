import { mapPhraseText, type Phrase } from '../../domain/phrase'
import { foldPhrase, nameWords, notePhrases, redactor, STAND_INS, type Withheld } from '../../domain/redaction'
import type { HelperBriefFields, HelperDocValues } from '../helperDoc/layout'
import type { RecipientCircle, RecipientDocValues } from '../recipientDoc/layout'
import type { ProjectionInput } from './input'

/**
 * One redaction for everything that leaves the map. Every free text projected into a helper's
 * or the recipient's document (titles, the public summary, assigned details, series sentences,
 * open calls, check-in notes) is passed through it, case- and accent-insensitively
 * (domain/redaction.ts), taking out:
 * - other helpers' names (current and removed) — for the recipient only unless they opted in to
 *   seeing who helps; a helper's own name stays in their own document;
 * - the names of people the recipient does not want involved;
 * - the coordinator's private notes (a need's private details, notes on excluded people), sentence
 *   by sentence, in case one was copied into a shared field.
 * The recipient's and the coordinator's own names are never withheld: they are in every brief.
 * What stands in their place is a marker of its kind (STAND_INS), put in words on the reader's phone.
 */
export type Reader = { kind: 'helper'; helperId: string } | { kind: 'recipient' }

export function projectionRedactor(input: ProjectionInput, reader: Reader): (text: string) => string {
  const own = new Set([
    ...nameWords(input.circle?.recipientName ?? ''), ...nameWords(input.circle?.coordinator.name ?? ''),
    ...(reader.kind === 'helper' ? nameWords(input.helpers.find((h) => h.id === reader.helperId)?.name ?? '') : []),
  ].map(foldPhrase))
  const others = (names: string[]) => names.flatMap(nameWords).filter((word) => !own.has(foldPhrase(word)))
  const helperNames = reader.kind === 'recipient' && input.inbox.recipientSeesHelpers
    ? []
    : [...input.helpers.filter((h) => reader.kind === 'recipient' || h.id !== reader.helperId), ...(input.formerHelpers ?? [])].map((h) => h.name)
  const excluded = input.boundaries?.excludedPeople ?? []
  const withheld: Withheld[] = [
    { phrases: [...input.needs.flatMap((need) => notePhrases(need.privateDetails)), ...excluded.flatMap((person) => notePhrases(person.note))], replacement: STAND_INS.privateNote },
    { phrases: others(excluded.map((person) => person.name)), replacement: STAND_INS.person },
    { phrases: others(helperNames), replacement: STAND_INS.helper },
  ]
  return remembered(redactor(withheld))
}

/**
 * Each text redacted once per projection: a helper's eight weeks of tasks repeat a few titles
 * dozens of times, and folding and searching each copy again was most of a projection's time.
 */
function remembered(redact: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>()
  return (text) => {
    let out = done.get(text)
    if (out === undefined) done.set(text, (out = redact(text)))
    return out
  }
}

const mapValues = <T>(record: Record<string, T>, change: (value: T) => T): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, change(value)]))

const isEmpty = (section: object) => Object.keys(section).length === 0

function filledBrief(brief: HelperBriefFields, redact: (text: string) => string): HelperBriefFields {
  return {
    ...brief, publicSummary: redact(brief.publicSummary), seriesSentences: brief.seriesSentences.map(redact), howToChange: redact(brief.howToChange),
    ...(brief.seriesPhrases && { seriesPhrases: brief.seriesPhrases.map((phrase) => mapPhraseText(phrase, redact) as Phrase) }),
    ...(brief.howToChangePhrase && { howToChangePhrase: mapPhraseText(brief.howToChangePhrase, redact) as Phrase }),
  }
}

/** A helper's projected values with every free text redacted. */
export function redactHelperValues(values: HelperDocValues, redact: (text: string) => string): HelperDocValues {
  const brief = isEmpty(values.brief) ? values.brief : filledBrief(values.brief as HelperBriefFields, redact)
  return {
    ...values,
    brief,
    tasks: mapValues(values.tasks, (task) => ({ ...task, title: redact(task.title), details: task.details === null ? null : redact(task.details) })),
    openCalls: mapValues(values.openCalls, (call) => ({ ...call, title: redact(call.title) })),
  }
}

/** The recipient's projected values with every free text redacted. */
export function redactRecipientValues(values: RecipientDocValues, redact: (text: string) => string): RecipientDocValues {
  return {
    ...values,
    circle: isEmpty(values.circle) ? values.circle : { ...(values.circle as RecipientCircle), publicSummary: redact((values.circle as RecipientCircle).publicSummary) },
    needs: mapValues(values.needs, (need) => ({ ...need, title: redact(need.title) })),
    checkIns: mapValues(values.checkIns, (c) => ({ ...c, worked: redact(c.worked), missing: redact(c.missing), stop: redact(c.stop), adjusted: redact(c.adjusted) })),
  }
}
