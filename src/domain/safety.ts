/**
 * The safety check: does a need's text suggest risk that calls for professionals first?
 *
 * Rule: when words point to suicide, self-harm, overdose, severe depression, addiction or
 * abuse, the need is "professional first" (DESIGN.md, Safety). This only flags; the
 * coordinator decides, and can confirm that peer help is appropriate. The words shown to
 * people live in the UI, not here.
 *
 * How it reads text: lower case, curly apostrophes made straight, every other mark turned
 * into a space, so "Self-Harm", "self harm" and "DON’T want to be alive anymore" all match.
 * Phrases match whole words only. Negation is not parsed ("not suicidal" still flags): a
 * false alarm costs one confirmation, a missed one costs far more.
 *
 * Chosen not to flag, because they are everyday words in a care circle:
 * - "depressed", "depression", "depressing" on their own: only a severity word ("severe",
 *   "major", "deep", "clinical"…) or a sign like "can't get out of bed" flags;
 * - "relapse" on its own (cancer relapses): only with drink or drugs within six words;
 * - "withdrawal" on its own (cash), "detox" after juice/digital/sugar…, "rehab" (physio);
 * - "dying", "kill time", "killer", "cut the grass", "pills" and "drugs" as medicine to fetch,
 *   "end-of-life care", "hit me up", "odd jobs", "fell and hurt herself", "cut myself shaving",
 *   "can't get out of bed without help" (after surgery).
 * Knowingly over-flagged: "addicted to that show", "abusing the rules", "suicide prevention".
 */
import type { Need } from './model/need'

export const RISK_TOPICS = ['suicide', 'self-harm', 'overdose', 'severe-depression', 'addiction', 'abuse'] as const
export type RiskTopic = (typeof RISK_TOPICS)[number]

export interface RiskAssessment {
  professionalFirst: boolean
  /** The phrases that matched, in the normalised form they were found in, without repeats. */
  matched: string[]
  /** In `RISK_TOPICS` order. */
  topics: RiskTopic[]
}

const SELF = String.raw`(?:myself|yourself|himself|herself|themselves|themself|ourselves)`
const WHOSE = String.raw`(?:my|your|his|her|their|our)`
const NOT = String.raw`(?:do ?n't|does ?n't|did ?n't|dont|doesnt|didnt|do not|does not|did not|no longer|never)`
const CANNOT = String.raw`(?:can't|cant|cannot|can not|could ?n't|couldnt|could not|unable to|has ?n't|hasnt|has not|have ?n't|havent|have not|won't|wont|will not|does ?n't|doesnt|does not|did ?n't|didnt|did not|not|barely|hardly)`
const ANYMORE = String.raw`(?:anymore|any more|any longer)`
const PILLS = String.raw`(?:pills|tablets|painkillers|meds|medication|medications|sleeping pills)`
const HARD_DRUGS = String.raw`(?:heroin|cocaine|crack|meth|methamphetamine|fentanyl)`
const SUBSTANCE = String.raw`(?:alcohol|drink|drinks|drinking|drunk|booze|drugs?|${HARD_DRUGS}|opioids?|opiates?|painkillers|gambling|sober|sobriety|clean|using|cannabis|ketamine|benzos?|aa|na)`
const RELAPSE = String.raw`relaps(?:e|es|ed|ing)`
const PERSON = String.raw`(?:he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|spouse|dad|father|stepfather|stepdad|mum|mom|mother|son|daughter|brother|sister|carer|caregiver)`
const VIOLENT_VERB = String.raw`(?:hits?|hitting|beats?|beating|slaps?|slapped|slapping|punch(?:es|ed|ing)?|chokes?|choked|choking|strangles?|strangled|kicks?|kicked|kicking|hurts?|hurting|threatens?|threatened|threatening|rapes?|raped)`
const ACCIDENT = String.raw`(?:shaving|cooking|gardening|falling|in a fall|on (?:a|the)|with (?:a|the)|at (?:work|the gym)|playing|lifting|by accident|accidentally|badly|while (?:cooking|shaving|gardening|working|playing|lifting|cleaning))`
const TRIVIAL_DETOX = String.raw`(?:juice|digital|social media|sugar|phone|screen|skin|body|tea|diet|dopamine|hair|foot|liver|spring|wellness|green|smoothie)`

const PHRASES: Record<RiskTopic, string[]> = {
  suicide: [
    String.raw`suicid(?:e|es|al|ality)`,
    String.raw`kill(?:s|ed|ing)? ${SELF}`,
    String.raw`(?:end|ends|ended|ending|take|takes|took|taking|taken) ${WHOSE} (?:own )?life(?! (?:back|into))`,
    String.raw`end(?:s|ed|ing)? it all`,
    String.raw`${NOT} wants? to (?:be alive|exist)`,
    String.raw`${NOT} wants? to (?:live|be here|go on|wake up) ${ANYMORE}`,
    String.raw`want(?:s|ed|ing)? to die`,
    String.raw`wish(?:es|ed)? (?:i|he|she|they) (?:was|were) dead`,
    String.raw`better off dead`,
    String.raw`better off without (?:me|him|her|them)`,
    String.raw`no reason to live|nothing(?: left)? to live for`,
    String.raw`not worth living`,
    String.raw`(?:can't|cant|cannot|can not) go on (?:${ANYMORE}|like this)`,
    String.raw`hang(?:s|ed|ing)? ${SELF}`,
  ],
  'self-harm': [
    String.raw`self ?(?:harm|harms|harmed|harming|injury|injuries|injure|injured|injuring|mutilation|mutilating)`,
    String.raw`(?:harm|harms|harmed|harming|cutting) ${SELF}`,
    // "fell and hurt herself", "cut myself shaving / on a knife" are accidents, not self-harm.
    String.raw`(?<!(?:fell|fall|falls|slipped|tripped) and )(?:hurt|hurts|hurting|cut|cuts) ${SELF}(?! ${ACCIDENT})`,
    String.raw`cut(?:s|ting)? ${WHOSE} (?:wrists?|arms?|legs?|thighs?|skin)`,
  ],
  overdose: [
    String.raw`overdos(?:e|es|ed|ing)`,
    // "OD'd", "ODed", never "odd".
    String.raw`od(?:'d|'ed|ed)`,
    String.raw`(?:an|almost|nearly|tried to) od`,
    String.raw`(?:took|take|takes|taking|taken|swallowed|swallow|swallowing) too many (?:of )?(?:${WHOSE} |the )?${PILLS}`,
    String.raw`(?:took|swallowed|taken) (?:a handful|a bottle|a whole bottle|the whole bottle|the whole packet) of (?:${WHOSE} |the )?${PILLS}`,
    String.raw`poison(?:s|ed|ing)? ${SELF}`,
  ],
  'severe-depression': [
    String.raw`(?:severe|severely|major|deep|deeply|clinical|clinically|serious|seriously|crippling|profound|profoundly|debilitating|psychotic) (?:depression|depressed|depressive)`,
    String.raw`depressive (?:episode|disorder)`,
    // After surgery "can't get out of bed without help" is about the body, not the mood.
    String.raw`${CANNOT} (?:get|gets|getting|got|gotten) out of bed(?! (?:without|on (?:my|his|her|their) own|alone|by ${SELF}|unaided))`,
    String.raw`(?:stays?|stayed|staying) in bed all day`,
    String.raw`feel(?:s|ing)? (?:so |completely |totally |utterly )?(?:hopeless|worthless)`,
  ],
  addiction: [
    String.raw`addict(?:ion|ions|ed|s)?`,
    String.raw`${RELAPSE}(?= (?:\S+ ){0,5}${SUBSTANCE}(?![\p{L}\p{N}]))`,
    String.raw`(?<=(?<![\p{L}\p{N}'])${SUBSTANCE} (?:\S+ ){0,5})${RELAPSE}`,
    String.raw`alcoholi(?:c|cs|sm)`,
    String.raw`alcohol (?:problem|abuse|dependence|dependency|misuse|use disorder)`,
    String.raw`drink(?:ing)? problem`,
    String.raw`drinking (?:too much|heavily|a lot|again|every day|all day)`,
    String.raw`(?:heavy|binge) drink(?:er|ers|ing)`,
    String.raw`fell off the wagon`,
    String.raw`(?:using|uses|used|use|doing|does|did|on|into) (?:drugs|${HARD_DRUGS})(?! (?:for|from|prescribed))`,
    String.raw`(?:taking|takes|took|smoking|smokes|injecting|injects) ${HARD_DRUGS}`,
    String.raw`(?:is|are|was|were|been|started|starting|back to|he's|she's|they're|hes|shes|theyre) using again`,
    String.raw`(?:drug|drugs) (?:use|abuse|problem|habit|dependence|misuse|dealer)`,
    String.raw`substance (?:abuse|misuse|use)`,
    String.raw`(?:alcohol|opioid|opiate|heroin|drug|benzo|benzodiazepine|methadone) withdrawals?`,
    String.raw`withdrawals? symptoms?`,
    String.raw`(?:in|through|into|from|having|with) withdrawals?(?! (?:from|at|of) )`,
    String.raw`(?<!${TRIVIAL_DETOX} )detox(?:es|ed|ing|ification)?(?! (?:from (?:social media|screens?|phones?|my phone|sugar|caffeine|work)|tea|diet|juice|smoothie|bath))`,
    String.raw`(?:alcoholics|narcotics) anonymous`,
    String.raw`(?:aa|na) meetings?`,
    String.raw`delirium tremens`,
  ],
  abuse: [
    String.raw`(?<!(?:substance|alcohol|drug|drugs|opioid|opiate|solvent|steroid|prescription) )abus(?:e|es|ed|ing|ive|er|ers)`,
    String.raw`(?:domestic|intimate partner|family) (?:violence|abuse)`,
    String.raw`coercive(?:ly)? control(?:ling|led|s)?`,
    String.raw`controlling (?:partner|husband|wife|boyfriend|girlfriend|ex)`,
    String.raw`${PERSON} ${VIOLENT_VERB} (?:me|her|him|them|us)(?! (?:up|out|at|to|in))`,
    String.raw`(?:afraid|scared|frightened|terrified) of (?:${WHOSE} |the )?(?:partner|husband|wife|boyfriend|girlfriend|ex|spouse|dad|father|stepfather|stepdad|mum|mom|mother)`,
    String.raw`raped?`,
    String.raw`sexual(?:ly)? (?:assault|assaulted|abuse|abused)`,
    String.raw`(?:was|been|being|got|get|gets) (?:assaulted|beaten up)`,
    String.raw`(?:restraining|protection|protective) order`,
    String.raw`(?:women's|womens|domestic violence) (?:shelter|refuge)`,
  ],
}

// Whole words only; an apostrophe may follow ("suicide's") but not precede.
const PATTERNS: Array<{ topic: RiskTopic; pattern: RegExp }> = RISK_TOPICS.flatMap((topic) =>
  PHRASES[topic].map((phrase) => ({
    topic,
    pattern: new RegExp(String.raw`(?<![\p{L}\p{N}'])(?:${phrase})(?![\p{L}\p{N}])`, 'gu'),
  })),
)

/** Lower case, straight apostrophes, every other mark a single space. */
export function normaliseForRisk(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    // Quote marks around words are not apostrophes.
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .trim()
}

export function assessRisk(text: string): RiskAssessment {
  const normalised = normaliseForRisk(text)
  const matched = new Set<string>()
  const topics = new Set<RiskTopic>()
  for (const { topic, pattern } of PATTERNS) {
    for (const match of normalised.matchAll(pattern)) {
      matched.add(match[0])
      topics.add(topic)
    }
  }
  const orderedTopics = RISK_TOPICS.filter((topic) => topics.has(topic))
  return { professionalFirst: orderedTopics.length > 0, matched: [...matched], topics: orderedTopics }
}

/** The check over every text field of a need, the coordinator's private notes included. */
export function assessNeedRisk(need: Pick<Need, 'title' | 'assignedDetails' | 'privateDetails'>): RiskAssessment {
  const parts = [need.title, need.assignedDetails, need.privateDetails].map(assessRisk)
  const matched = [...new Set(parts.flatMap((part) => part.matched))]
  const topics = RISK_TOPICS.filter((topic) => parts.some((part) => part.topics.includes(topic)))
  return { professionalFirst: topics.length > 0, matched, topics }
}
