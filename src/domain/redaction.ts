/**
 * Finding people's names (and other withheld phrases) in free text, whatever the case and
 * accents: "sam", "SAM" and "Sàm" all match "Sam", and "Zoe" matches "Zoë". A phrase matches
 * only as whole words ("Samantha" does not match "Sam"); spaces inside a phrase may be any run
 * of white space. A safety net for what the coordinator typed, not a guarantee: a name spelled
 * differently ("Sammy") gets through, which is why Assess also warns when a title names someone.
 */

/** Text folded for comparison, with where each folded character came from in the original. */
interface Folded {
  text: string
  /** For each folded character: the original's [start, end) in UTF-16 units. */
  from: number[]
  to: number[]
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char)

/** Lower case, no accents (compatibility-decomposed, marks dropped), runs of white space as one space. */
function fold(text: string): Folded {
  const folded: Folded = { text: '', from: [], to: [] }
  let index = 0
  for (const char of text) {
    const start = index
    index += char.length
    let out = /\s/u.test(char) ? ' ' : char.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    if (out === ' ' && folded.text.endsWith(' ')) out = ''
    for (const part of out) {
      folded.text += part
      for (let i = 0; i < part.length; i++) {
        folded.from.push(start)
        folded.to.push(index)
      }
    }
    // A character that folds to nothing (an accent written on its own) belongs to the one before it.
    if (out === '' && folded.to.length > 0) folded.to[folded.to.length - 1] = index
  }
  return folded
}

/** The phrase as it is compared: folded and trimmed. */
export function foldPhrase(phrase: string): string {
  return fold(phrase).text.trim()
}

export interface Span {
  start: number
  end: number
  /** The phrase found, folded. */
  phrase: string
}

/** Where the phrases occur in `text` as whole words, longest first, never overlapping, in text order. */
export function findPhrases(text: string, phrases: readonly string[]): Span[] {
  const wanted = [...new Set(phrases.map(foldPhrase))].filter((phrase) => phrase.length > 0).sort((a, b) => b.length - a.length)
  if (wanted.length === 0 || text === '') return []
  const folded = fold(text)
  const taken: Array<[number, number]> = []
  const spans: Span[] = []
  for (const phrase of wanted) {
    for (let at = folded.text.indexOf(phrase); at !== -1; at = folded.text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length
      if (isWordChar(folded.text[at - 1]) || isWordChar(folded.text[end])) continue
      if (taken.some(([s, e]) => at < e && end > s)) continue
      taken.push([at, end])
      spans.push({ start: folded.from[at], end: folded.to[end - 1], phrase })
    }
  }
  return spans.sort((a, b) => a.start - b.start)
}

/** Does any phrase occur in `text` as whole words? */
export function containsPhrase(text: string, phrases: readonly string[]): boolean {
  return findPhrases(text, phrases).length > 0
}

/**
 * What stands in a text sent to another person's phone where a withheld phrase was: one private-use
 * character per kind, never words, so the reader's phone says it in its own language ("a helper",
 * "alguien que ayuda"; i18n/standIns.ts). The kind is all it tells, as the English words did before.
 */
export const STAND_INS = { helper: '\uE000', person: '\uE001', privateNote: '\uE002' } as const
export type StandInKind = keyof typeof STAND_INS
/** Any stand-in in a text. */
export const STAND_IN_PATTERN = /[\uE000-\uE002]/gu

/** A set of phrases to take out of text, each with the words that stand in its place. */
export interface Withheld {
  phrases: readonly string[]
  replacement: string
}

/**
 * A function that replaces every withheld phrase in a text; the longest match wins where
 * phrases overlap, and the first set listed where one phrase is in two sets.
 */
export function redactor(withheld: readonly Withheld[]): (text: string) => string {
  const replacementOf = new Map<string, string>()
  for (const { phrases, replacement } of withheld) {
    for (const phrase of phrases.map(foldPhrase)) if (phrase !== '' && !replacementOf.has(phrase)) replacementOf.set(phrase, replacement)
  }
  const phrases = [...replacementOf.keys()]
  if (phrases.length === 0) return (text) => text
  return (text) => {
    let out = ''
    let last = 0
    for (const span of findPhrases(text, phrases)) {
      out += text.slice(last, span.start) + replacementOf.get(span.phrase)
      last = span.end
    }
    return out + text.slice(last)
  }
}

/**
 * The words that name a person: the whole name, the first name, and any other part of three
 * letters or more ("Sam Okafor" → "Sam Okafor", "Sam", "Okafor"). A one-letter part names no one.
 */
export function nameWords(name: string): string[] {
  const parts = name.trim().split(/\s+/u).filter((part) => part !== '')
  if (parts.length === 0) return []
  const words = [parts.join(' '), parts[0], ...parts.slice(1).filter((part) => foldPhrase(part).length >= 3)]
  return [...new Set(words)].filter((word) => foldPhrase(word).length >= 2)
}

/** A private note as the phrases that must not leave the map: each sentence or line of eight characters or more. */
export function notePhrases(note: string): string[] {
  return note.split(/[\n.!?;]+/u).map((part) => part.trim()).filter((part) => foldPhrase(part).length >= 8)
}

/** The people (by their name as given) whom `text` names, in the order given. */
export function peopleNamedIn(text: string, people: readonly { name: string }[]): string[] {
  return [...new Set(people.filter((person) => containsPhrase(text, nameWords(person.name))).map((person) => person.name))]
}
