/**
 * The coordinator's longer texts in the reader's language: a helper's brief and a thank-you note
 * (domain/brief.ts and thanks.ts have them as Phrases). Apart from describe.ts because only the
 * coordinator's phone writes them: the helper's and the recipient's first download stays without.
 */
import * as brief from '../domain/brief'
import * as thanks from '../domain/thanks'
import { phrase, type PhraseValue } from '../domain/phrase'
import { text } from './describe'

export type { HelperBriefInput } from '../domain/brief'

/** A helper's brief in words (domain/brief.ts has it as Phrases), with `text`: the whole brief as one message for a chat. */
export interface HelperBriefText {
  greeting: string
  summary: string
  tasks: Array<Omit<brief.BriefTask, 'sentence'> & { sentence: string }>
  noTasksNote: string | null
  timeZoneNote: string | null
  howToChange: string
  crisisResources: brief.HelperBrief['crisisResources']
  text: string
}

export function helperBrief(input: brief.HelperBriefInput & { locale?: string }): HelperBriefText {
  const phrases = brief.helperBrief(input)
  const say = (value: PhraseValue) => text(value, input.locale)
  const words: Omit<HelperBriefText, 'text'> = {
    greeting: say(phrases.greeting),
    summary: phrases.summary,
    tasks: phrases.tasks.map((task) => ({ ...task, sentence: say(task.sentence) })),
    noTasksNote: phrases.noTasksNote && say(phrases.noTasksNote),
    timeZoneNote: phrases.timeZoneNote && say(phrases.timeZoneNote),
    howToChange: say(phrases.howToChange),
    crisisResources: phrases.crisisResources,
  }
  const taskLines = words.tasks.map((task) => task.details ? `• ${task.sentence}\n  ${task.details}` : `• ${task.sentence}`)
  const crisis = words.crisisResources.length === 0 ? null : [
    say(phrase('words.brief.crisis', { recipient: phrases.recipient })),
    ...words.crisisResources.map((r) => `• ${r.name}: ${r.contact}`),
  ].join('\n')
  const message = [
    words.greeting,
    words.summary.trim() || null,
    words.noTasksNote ?? [...taskLines, words.timeZoneNote].join('\n'),
    words.howToChange,
    crisis,
  ].filter((part): part is string => part !== null).join('\n\n')
  return { ...words, text: message }
}

export const thankYouNote = (input: Parameters<typeof thanks.thankYouNote>[0], locale?: string): string => text(thanks.thankYouNote(input), locale)
