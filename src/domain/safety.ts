/**
 * The safety word check. Safety asks rather than guesses (DESIGN.md, Safety). Three things
 * decide whether a need may be offered to helpers as a peer task:
 * - the word check (`assessRisk`): words that point to suicide, self-harm, overdose, severe
 *   depression, frightening thoughts, the perinatal period, eating disorders, addiction, abuse
 *   or a psychiatric stay mark a need "professional first" when it is written;
 * - the one safety question: a need in the emotional or medical category, or whose words touch
 *   mood, thoughts, mental health, eating, drinking, drugs, medication misuse or home safety
 *   (`touchedTopics`), waits for the coordinator's answer ("could this involve a risk to
 *   Alex's safety?") before anyone is proposed for it;
 * - the coordinator's own "professional first" control, which they can set or clear at any time.
 * Where a need stands (`isHeldBack`, `safetyStateOf`) is read in safetyVerdict.ts, from the
 * verdict commands store with the need (`need.wordCheck`); this module is loaded on demand (the
 * need form, projection, the planner's worker, a need with no current verdict) and hands its
 * reader over when it loads.
 *
 * How it reads text: lower case, accents dropped (ñ kept), curly apostrophes made straight,
 * every other mark turned into a space, so "Self-Harm", "self harm", "DON’T want to be alive
 * anymore", "depresión" and "depresion" all match. Every text is read in English and in Spanish
 * (safetyWordsEs.ts), whatever the interface's language. Phrases match whole words only. Negation is not parsed ("not suicidal" still flags): a
 * false alarm costs one confirmation, a missed one costs far more.
 *
 * Chosen not to flag, because they are everyday words in a care circle:
 * - "depressed", "depression", "depressing" on their own: only a severity word ("severe",
 *   "major", "deep", "clinical"…) or a sign like "can't get out of bed" flags ("depressed" asks);
 * - "relapse" on its own (cancer relapses): only with drink or drugs within six words;
 * - "withdrawal" on its own (cash), "detox" after juice/digital/sugar…, "rehab" (physio);
 * - "dying", "kill time", "killer", "cut the grass", "pills" and "drugs" as medicine to fetch,
 *   "end-of-life care", "hit me up", "odd jobs", "fell and hurt herself", "cut myself shaving",
 *   "can't get out of bed without help" (after surgery), "doesn't want to be a burden".
 * Knowingly over-flagged: "addicted to that show", "abusing the rules", "suicide prevention",
 * "scratches her arms till they bleed" (eczema too).
 * Where a dying person wishes to die ("wants to die at home", "would rather die in his own bed"),
 * palliative care's words, asks the question and does not flag: it is about a place, not a wish to
 * end life; "wants to die" anywhere else still flags. "Store it in a dark place" is a cupboard, not
 * a mood. Phone shorthand is written out before reading ("q" for "que", "shes", "cant", "bf").
 */
import type { NeedCategory } from './model/need'
import { ASKING_CATEGORIES, provideSafetyWords, type NeedWords } from './safetyVerdict'
import { RISK_PHRASES, RISK_TOPICS, SHORTHAND, TOUCH_PHRASES, TOUCH_TOPICS, type RiskTopic, type TouchTopic } from './safetyWords'

export { RISK_TOPICS, TOUCH_TOPICS, type RiskTopic, type TouchTopic }

export interface RiskAssessment {
  professionalFirst: boolean
  /** The phrases that matched, in the normalised form they were found in, without repeats. */
  matched: string[]
  /** In `RISK_TOPICS` order. */
  topics: RiskTopic[]
}

export interface TouchAssessment {
  /** The phrases that matched (risk phrases included), normalised, without repeats. */
  matched: string[]
  /** In `TOUCH_TOPICS` order; a risk phrase counts as touching too (see `touchedTopics`). */
  topics: TouchTopic[]
  /** Whether any risk phrase matched as well. */
  risk: boolean
}

type Compiled<T> = Array<{ topic: T; pattern: RegExp }>

// One pattern per topic (its phrases as alternatives): a need's words are read on every
// projection pass and planning run, so each text is scanned once per topic, not per phrase.
// Whole words only; an apostrophe may follow ("suicide's") but not precede.
function compile<T extends string>(topics: readonly T[], phrases: Record<T, string[]>): Compiled<T> {
  return topics.map((topic) => ({
    topic,
    pattern: new RegExp(cheapClasses(String.raw`(?<![\p{L}\p{N}'])(?:${phrases[topic].map((phrase) => `(?:${phrase})`).join('|')})(?![\p{L}\p{N}])`), 'g'),
  }))
}

/**
 * Normalised text (normaliseForRisk) holds only letters, digits, apostrophes and single spaces, so a
 * class can say what it excludes: `[^ ]` is `\S` and `[\p{L}\p{N}']`, `[^ ']` is `[\p{L}\p{N}]`, and
 * `[^ '\d]` is `\p{L}` (other scripts' digits aside). With no Unicode property left the patterns need
 * no `u` flag, and V8 compiles them much faster: that matters because every pattern is compiled twice
 * (bytecode on the first text, machine code soon after). The word lists keep the readable forms.
 */
function cheapClasses(source: string): string {
  const cheap = source
    .replaceAll(String.raw`[\p{L}\p{N}']`, '[^ ]')
    .replaceAll(String.raw`[\p{L}\p{N}]`, "[^ ']")
    .replaceAll(String.raw`\p{L}`, String.raw`[^ '\d]`)
    .replaceAll(String.raw`\S`, '[^ ]')
  // Without the `u` flag any other `\p{…}` would silently read as the letters "p{…}".
  if (cheap.includes(String.raw`\p{`) || cheap.includes(String.raw`\P{`)) throw new Error('safety words: a Unicode class cheapClasses does not rewrite')
  return cheap
}

// Built on the first scan, not when the module loads: a coordinator's device loads this with its
// sync, and needs whose stored word verdict is current (safetyVerdict.ts) are never scanned.
let riskCompiled: Compiled<RiskTopic> | null = null
let touchCompiled: Compiled<TouchTopic> | null = null
const riskPatterns = () => (riskCompiled ??= compile(RISK_TOPICS, RISK_PHRASES))
const touchPatterns = () => (touchCompiled ??= compile(TOUCH_TOPICS, TOUCH_PHRASES))

/** Results by text: the same few need texts are read again and again. Bounded, so it cannot grow without end. */
function remembered<R>(compute: (text: string) => R, size = 2000): (text: string) => R {
  const cache = new Map<string, R>()
  return (text) => {
    let result = cache.get(text)
    if (result === undefined) {
      if (cache.size >= size) cache.clear()
      cache.set(text, (result = compute(text)))
    }
    return result
  }
}

/**
 * Lower case, no accents (ñ kept), straight apostrophes, every other mark a single space.
 * Accents go because phones often drop them ("depresion", "psiquiatria"): one unaccented phrase
 * then matches both spellings. ñ stays so that "año" does not read "ano"; phrases with ñ accept n.
 */
export function normaliseForRisk(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(?<!n)\u0303|[\u0300-\u0302\u0304-\u036f]/g, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    // Quote marks around words are not apostrophes.
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()
    .replace(SHORTHAND_WORD, (word) => SHORTHAND[word])
}

// Phone shorthand written out (safetyWords.ts), whole words only: by then words are separated by single spaces.
const SHORTHAND_WORD = new RegExp(`(?<![^ ])(?:${Object.keys(SHORTHAND).join('|')})(?![^ ])`, 'g')

function scan<T extends string>(normalised: string, patterns: Compiled<T>, order: readonly T[]): { matched: string[]; topics: T[] } {
  const matched = new Set<string>()
  const topics = new Set<T>()
  for (const { topic, pattern } of patterns) {
    for (const match of normalised.matchAll(pattern)) {
      matched.add(match[0])
      topics.add(topic)
    }
  }
  return { matched: [...matched], topics: order.filter((topic) => topics.has(topic)) }
}

const assessNormalised = remembered((normalised: string): RiskAssessment => {
  const { matched, topics } = scan(normalised, riskPatterns(), RISK_TOPICS)
  return { professionalFirst: topics.length > 0, matched, topics }
})

export function assessRisk(text: string): RiskAssessment {
  const { professionalFirst, matched, topics } = assessNormalised(normaliseForRisk(text))
  return { professionalFirst, matched: [...matched], topics: [...topics] }
}

/** What a risk topic touches, so that a flagged text also counts as touching its ground. */
const RISK_TOUCHES: Record<RiskTopic, TouchTopic> = {
  suicide: 'thoughts', 'self-harm': 'mood', overdose: 'medication', 'severe-depression': 'mood',
  'frightening-thoughts': 'thoughts', perinatal: 'mood', 'eating-disorder': 'eating', addiction: 'drinking',
  abuse: 'home-safety', 'psychiatric-stay': 'mental-health',
}

/** Which of the question's topics a text touches: its own words, and whatever a risk phrase says. */
const touchedNormalised = remembered((normalised: string): TouchAssessment => {
  const risk = assessNormalised(normalised)
  const touch = scan(normalised, touchPatterns(), TOUCH_TOPICS)
  const topics = new Set([...touch.topics, ...risk.topics.map((topic) => RISK_TOUCHES[topic])])
  return {
    matched: [...new Set([...risk.matched, ...touch.matched])],
    topics: TOUCH_TOPICS.filter((topic) => topics.has(topic)),
    risk: risk.topics.length > 0,
  }
})

export function touchedTopics(text: string): TouchAssessment {
  const { matched, topics, risk } = touchedNormalised(normaliseForRisk(text))
  return { matched: [...matched], topics: [...topics], risk }
}

const needTexts = (need: NeedWords) => [need.title, need.assignedDetails, need.privateDetails]

/** The check over every text field of a need, the coordinator's private notes included. */
export function assessNeedRisk(need: NeedWords): RiskAssessment {
  const parts = needTexts(need).map(assessRisk)
  const matched = [...new Set(parts.flatMap((part) => part.matched))]
  const topics = RISK_TOPICS.filter((topic) => parts.some((part) => part.topics.includes(topic)))
  return { professionalFirst: topics.length > 0, matched, topics }
}

/** `touchedTopics` over every text field of a need. */
export function needTouches(need: NeedWords): TouchAssessment {
  const parts = needTexts(need).map(touchedTopics)
  return {
    matched: [...new Set(parts.flatMap((part) => part.matched))],
    topics: TOUCH_TOPICS.filter((topic) => parts.some((part) => part.topics.includes(topic))),
    risk: parts.some((part) => part.risk),
  }
}

/** Whether a need's words touch the safety question's ground (its category aside). */
export function wordsAsk(need: NeedWords): boolean {
  return needTouches(need).topics.length > 0
}

/** For a need being written (a draft in the form): whether it will ask the safety question. */
export function draftAsksSafetyQuestion(need: NeedWords & { category: NeedCategory }): boolean {
  return ASKING_CATEGORIES.has(need.category) || wordsAsk(need)
}

/**
 * What rewording a need newly brings in: phrases that flag or touch now and did not before.
 * A flag the coordinator cleared, or a question they answered, is raised again only by new words.
 */
export function newSafetyWords(before: NeedWords | null, after: NeedWords): { risk: boolean; touch: boolean } {
  const was = before ? needTouches(before).matched : []
  const risk = assessNeedRisk(after).matched.some((phrase) => !was.includes(phrase))
  const touch = needTouches(after).matched.some((phrase) => !was.includes(phrase))
  return { risk, touch }
}

// Readers of stored needs (safetyVerdict.ts) use these words for needs without a current verdict.
provideSafetyWords({ wordsAsk, flags: (need) => assessNeedRisk(need).professionalFirst, newWords: newSafetyWords })
