/**
 * The language the safety check recognises, as regular-expression phrases over normalised
 * text (lower case, straight apostrophes, every other mark a space: see `normaliseForRisk`).
 * Two tiers:
 * - RISK_PHRASES: words that point to risk on their own. A need that holds one is marked
 *   "professional first" at once.
 * - TOUCH_PHRASES: words that touch mood, thoughts, mental health, eating, drinking, drugs,
 *   medication misuse, home safety or a psychiatric stay without saying risk. A need that holds
 *   one asks the coordinator the one safety question before anyone is proposed for it.
 * People rarely use clinical words, so both tiers list the everyday ones ("in a dark place",
 * "back on the bottle", "hasn't been herself since the baby"). Where each group came from is
 * said beside its rows in tests/unit/domain/safety.test.ts.
 *
 * English and Spanish (safetyWordsEs.ts) sit in one list per topic, so that a text is scanned
 * once per topic whatever its language.
 */

import { SPANISH_RISK_PHRASES, SPANISH_TOUCH_PHRASES } from './safetyWordsEs'

export const RISK_TOPICS = [
  'suicide', 'self-harm', 'overdose', 'severe-depression', 'frightening-thoughts', 'perinatal',
  'eating-disorder', 'addiction', 'abuse', 'psychiatric-stay',
] as const
export type RiskTopic = (typeof RISK_TOPICS)[number]

export const TOUCH_TOPICS = [
  'mood', 'thoughts', 'mental-health', 'eating', 'drinking', 'drugs', 'medication', 'home-safety',
] as const
export type TouchTopic = (typeof TOUCH_TOPICS)[number]

// How the day's dose is said: "take all her tablets with breakfast".
const DOSE_ROUTINE = String.raw`(?:with|at (?:breakfast|lunch|dinner|tea|supper|night|bedtime)|in the (?:morning|evening)|before|after|every|each|on time|as prescribed)`
const GIVE = String.raw`(?:give|gives|giving|given|gave)`
const SELF = String.raw`(?:myself|yourself|himself|herself|themselves|themself|ourselves)`
const WHOSE = String.raw`(?:my|your|his|her|their|our)`
const NOT = String.raw`(?:do ?n't|does ?n't|did ?n't|dont|doesnt|didnt|do not|does not|did not|no longer|never)`
const CANNOT = String.raw`(?:can't|cant|cannot|can not|could ?n't|couldnt|could not|unable to|has ?n't|hasnt|has not|have ?n't|havent|have not|won't|wont|will not|does ?n't|doesnt|does not|did ?n't|didnt|did not|not|barely|hardly)`
const ANYMORE = String.raw`(?:anymore|any more|any longer)`
const PILLS = String.raw`(?:pills|tablets|painkillers|meds|medication|medications|medicine|medicines|sleeping pills|sleeping tablets|paracetamol|co ?codamol)`
const HARD_DRUGS = String.raw`(?:heroin|cocaine|crack|meth|methamphetamine|fentanyl)`
const SUBSTANCE = String.raw`(?:alcohol|drink|drinks|drinking|drunk|booze|drugs?|${HARD_DRUGS}|opioids?|opiates?|painkillers|gambling|sober|sobriety|clean|using|cannabis|ketamine|benzos?|aa|na)`
const RELAPSE = String.raw`relaps(?:e|es|ed|ing)`
const RELATIVE = String.raw`(?:partner|husband|wife|boyfriend|girlfriend|ex|spouse|dad|father|stepfather|stepdad|mum|mom|mother|son|daughter|brother|sister|carer|caregiver)`
const PERSON = String.raw`(?:he|she|they|${RELATIVE})`
const VIOLENT_VERB = String.raw`(?:hits?|hitting|beats?|beating|slaps?|slapped|slapping|punch(?:es|ed|ing)?|chokes?|choked|choking|strangles?|strangled|kicks?|kicked|kicking|hurts?|hurting|threatens?|threatened|threatening|rapes?|raped)`
const ACCIDENT = String.raw`(?:shaving|cooking|gardening|falling|in a fall|on (?:a|the)|with (?:a|the)|at (?:work|the gym)|playing|lifting|by accident|accidentally|badly|while (?:cooking|shaving|gardening|working|playing|lifting|cleaning))`
const TRIVIAL_DETOX = String.raw`(?:juice|digital|social media|sugar|phone|screen|skin|body|tea|diet|dopamine|hair|foot|liver|spring|wellness|green|smoothie)`
const BABY = String.raw`(?:(?:she |i |they )?(?:had|having|gave birth to|giving birth to) )?(?:the|her|his|their|my|our) (?:baby|babies|twins|newborn|birth|delivery|labour|labor|c section|caesarean)`
const HOME = String.raw`(?:at home|in (?:her|his|their|my|the) (?:own )?(?:home|house|flat))`
// Where a dying person wishes to die: palliative care's words, which ask rather than flag.
const WHERE_TO_DIE = String.raw`(?:peacefully |comfortably |quietly )?(?:at home|in (?:\S+ ){0,2}(?:home|house|flat|bed|hospice|hospital)|on (?:a|the) ward|surrounded by|with dignity)`
const HAIR_COLOUR = String.raw`(?:purple|pink|red|blue|green|black|brown|blonde|blond|grey|gray|silver|white|orange|back|again|darker|lighter|dark|before|for)`
const STRUGGLING = String.raw`(?:struggling|struggles|struggled|not coping|can't cope|cannot cope|crying|tearful|low|down|anxious|not herself|not himself|not themselves|not right)`

const ENGLISH_RISK_PHRASES: Record<RiskTopic, string[]> = {
  suicide: [
    String.raw`suicid(?:e|es|al|ality)`,
    String.raw`unaliv(?:e|es|ed|ing)`,
    String.raw`kill(?:s|ed|ing)? ${SELF}`,
    String.raw`(?:end|ends|ended|ending|take|takes|took|taking|taken) ${WHOSE} (?:own )?life(?! (?:back|into))`,
    String.raw`end(?:s|ed|ing)? it all`,
    String.raw`(?:(?:want|wants|wanted|wanting|going|plans?|planning|tried|tries|trying|try|about) to|(?:i|he|she|they)(?:'s|'re|'m| is| are| am)? (?:gonna|gunna|wanna|will|might)|(?:i|he|she|they)'ll|ill) end (?:it|things|everything)(?! (?:with|between|for (?:him|her|them)))`,
    // "kms": "kill myself" in a message; "5 kms" is a distance.
    String.raw`(?:wants? to|wanted to|wanna|gonna|gunna|going to|might|about to|i'll|i will|should|could) kms`,
    String.raw`nooses?|suicide (?:note|letter)s?|(?:wrote|written|writing|writes|left|leaves|leaving|found|finds) (?:a |an |his |her |their )?goodbye (?:letter|note|message)s?(?! (?:for|to) (?:the )?(?:nurses|team|staff|carers|class|teacher|neighbours|colleagues|hospice))`,
    String.raw`(?:nobody|no one|noone|no body)(?: would| will|'d)? (?:even )?(?:notice|miss (?:me|him|her|them)|care)(?: \S+){0,2} if (?:i|he|she|they|i'm|he's|she's|they're) (?:was|were|died|disappeared|gone|dead|wasn't|weren't)`,
    // The English of "hacer una tontería": the worry that someone will harm themselves.
    String.raw`(?:he|she|they|he's|she's|they're) (?:might|will|could|would|may|is going to|are going to|gonna|'ll) do something (?:stupid|silly|daft|drastic)(?! (?:like|with|to (?:the|his|her|their)))|do something to ${SELF}`,
    String.raw`(?:thinking|thought|thoughts|talking|talked|talks|thinks) (?:about|of) ending (?:it|things|everything)`,
    String.raw`${NOT} wants? to (?:be alive|exist)`,
    String.raw`${NOT} wants? to (?:live|be here|go on|wake up) (?:like this |this way )?${ANYMORE}`,
    String.raw`${NOT} wants? to wake up(?! (?:early|so early|at|before))`,
    String.raw`(?:not|never) (?:to )?wake up(?! (?:early|before|in time|on time|till|until|at))`,
    String.raw`(?:sleep|asleep) forever`,
    // Where someone wishes to die (palliative care: "wants to die at home") asks, no more; "die her hair" is dye.
    String.raw`want(?:s|ed|ing)? to (?:die(?! ${WHERE_TO_DIE}| ${WHOSE} hair (?:${HAIR_COLOUR}))|disappear|not exist|not be here|not be alive)`,
    String.raw`wish(?:es|ed)? (?:i|he|she|they) (?:was|were) dead`,
    String.raw`wish(?:es|ed)? (?:i|he|she|they) (?:had ?n't|hadnt|had not) been born`,
    String.raw`better off dead`,
    String.raw`better off without (?:me|him|her|them)`,
    String.raw`(?:everyone|everybody)(?: would|'d| will)? be better off`,
    String.raw`better (?:when|once|after) (?:i'm|im|i am|he's|hes|he is|she's|shes|she is|they're|theyre|they are) gone`,
    String.raw`burden (?:to|on) (?:everyone|everybody|all of us|the world)`,
    String.raw`no reason to live|nothing(?: left)? to live for`,
    String.raw`not worth living|life (?:isn't|isnt|is not) worth (?:it|living)`,
    String.raw`(?:no|any|the) point (?:in |of )?(?:living|going on|being alive|carrying on)`,
    String.raw`(?:can't|cant|cannot|can not|doesn't|doesnt|does not|don't|dont) see (?:a|any) way out`,
    String.raw`(?:there's|theres|there is|sees|see|feels? there's|feels? there is) no way out`,
    String.raw`(?:can't|cant|cannot|can not) go on (?:${ANYMORE}|like this)`,
    String.raw`(?:tired|sick) of (?:living|life|being alive)|done with (?:life|living)`,
    String.raw`death wish`,
    String.raw`${GIVE} away (?:all )?(?:of )?(?:${WHOSE} )?(?:prized |treasured )?(?:belongings|possessions|things|stuff)`,
    String.raw`${GIVE} (?:away everything|everything away|it all away)`,
    // Each is a warning sign; together ("gave away his guitar and said goodbye") they flag.
    String.raw`${GIVE} away (?:\S+ ){1,8}?(?:and )?(?:said|says|saying|say) goodbye|(?:said|says|saying) goodbye (?:\S+ ){0,8}?(?:and )?${GIVE} away`,
    String.raw`(?:jump|jumps|jumping|jumped) (?:off|from) (?:a|the) (?:bridge|roof|building|cliff|balcony)`,
    String.raw`(?:step|steps|stepping|stepped|throw|throws|throwing|threw|jump|jumps|jumping|jumped|lie|lying) (?:${SELF} )?(?:out )?(?:in front of|under) (?:a|the) (?:train|bus|lorry|truck)(?! (?:stop|station))`,
    String.raw`hang(?:s|ed|ing)? ${SELF}`,
  ],
  'self-harm': [
    String.raw`self ?(?:harm|harms|harmed|harming|injury|injuries|injure|injured|injuring|mutilation|mutilating)`,
    String.raw`(?:harm|harms|harmed|harming|cutting) ${SELF}`,
    // "fell and hurt herself", "cut myself shaving / on a knife" are accidents, not self-harm.
    String.raw`(?<!(?:fell|fall|falls|slipped|tripped) and )(?:hurt|hurts|hurting|cut|cuts|burn|burns|burning|burnt|burned|punch|punches|punching|punched|bite|bites|biting) ${SELF}(?! ${ACCIDENT})`,
    String.raw`cut(?:s|ting)? ${WHOSE} (?:wrists?|arms?|legs?|thighs?|skin)`,
    String.raw`(?:unexplained|hidden|new|fresh) (?:cuts|burns|scratches)(?: or (?:bruises|burns))? on ${WHOSE} (?:wrists?|arms?|legs?|thighs?)`,
    String.raw`(?:unexplained|hidden) (?:cuts|scratches)`,
    String.raw`cigarette burns`,
    String.raw`(?:long sleeves|covers? (?:up )?${WHOSE} arms)(?: \S+){0,2} in (?:the )?(?:heat|summer|hot weather)`,
    String.raw`cutting again`,
    // "SH", as people who self-harm say it: "sh-ing", "sh'd".
    String.raw`sh (?:ing|ed|d)|sh'(?:ing|ed|d)|(?:urges? to|history of|scars from|clean from|relapsed? (?:with |into )?) sh`,
    String.raw`(?:hid\p{L}*|found|finds|stash\p{L}*|secret) (?:\S+ ){0,2}razor ?blades|hid\p{L}* (?:\S+ ){0,2}blades|(?:razor ?)?blades? (?:\S+ )?(?:hidden|stashed)`,
    String.raw`(?:scratch|pick|claw)\p{L}* (?:at )?(?:${WHOSE} )?(?:\S+ ){0,2}(?:till|until|til) (?:it|they|she|he) (?:bleeds?|bled|bleeding)`,
    // Over and over, not once in a fall ("hit his head on the door"); "banging his head against a brick wall" is an idiom.
    String.raw`(?:hits|hitting|bangs|banging|bashes|bashing|smashes|smashing) (?:his|her|their) head (?:against|on|into) (?:the |a )?(?:wall|walls|floor)(?! (?:with|over|trying))`,
  ],
  overdose: [
    String.raw`overdos(?:e|es|ed|ing)`,
    // "OD'd", "ODed", never "odd".
    String.raw`od(?:'d|'ed|ed)`,
    String.raw`(?:an|almost|nearly|tried to) od`,
    String.raw`(?:took|take|takes|taking|taken|swallowed|swallow|swallowing) too many (?:of )?(?:${WHOSE} |the )?${PILLS}`,
    String.raw`(?:took|swallowed|taken|downed|necked|popped) (?:(?:a|the) (?:whole )?(?:handful|fistful|load|bunch|bottle|packet|pack|box|strip)|loads) of (?:${WHOSE} |the )?(?:\S+ )?${PILLS}(?! (?:to|round|over|with (?:her|him|them)|for|back|along|out of|into|from))`,
    String.raw`stomach pump(?:ed|ing)?|pump(?:ed)? (?:her|his|their|my) stomach`,
    String.raw`how (?:many|much) (?:\S+ )?${PILLS} (?:it takes|it would take|does it take|would it take|to (?:die|kill|overdose|od))|(?:lethal|fatal) dose`,
    String.raw`(?:stockpil|hoard|sav)(?:e|es|ed|ing) (?:up )?(?:${WHOSE} )?${PILLS}`,
    String.raw`mix(?:es|ed|ing)? (?:${WHOSE} )?${PILLS} (?:with|and) (?:alcohol|drink|booze|wine|vodka)`,
    String.raw`poison(?:s|ed|ing)? ${SELF}`,
    // "took all her pills with breakfast" is the day's dose; talking of it, swallowing all, or all at once is not.
    String.raw`(?:(?:talk\p{L}*|think\p{L}*|thought) (?:about|of)|(?:threaten\p{L}*|going|want\p{L}*|tried|tries|trying|plans?|planning) to) (?:tak(?:e|es|ing)|swallow(?:s|ing)?) all (?:of )?(?:${WHOSE} |the )?${PILLS}(?! ${DOSE_ROUTINE})`,
    String.raw`swallow(?:s|ed|ing)? all (?:of )?(?:${WHOSE} |the )?${PILLS}`,
    String.raw`(?:take|takes|took|taking|taken|swallow(?:s|ed|ing)?) the (?:whole|entire) (?:bottle|packet|box|pack)(?! of (?:water|juice|milk|squash|lemonade|wine|beer|shampoo|cereal|biscuits|chocolates))`,
    String.raw`(?:took|take|takes|taking|taken|swallow(?:s|ed|ing)?) all (?:of )?(?:${WHOSE} |the )?${PILLS} (?:at once|in one go|together)`,
    String.raw`(?:took|taken|take|taking|swallowed|swallow|swallowing) the (?:whole )?lot(?<=(?:${PILLS}|pill|tablet|painkiller) (?:\S+ ){2,9}lot)`,
  ],
  'severe-depression': [
    String.raw`(?:severe|severely|major|deep|deeply|clinical|clinically|serious|seriously|crippling|profound|profoundly|debilitating|psychotic) (?:depression|depressed|depressive)`,
    String.raw`depressive (?:episode|disorder)`,
    // After surgery "can't get out of bed without help" is about the body, not the mood.
    String.raw`${CANNOT} (?:get|gets|getting|got|gotten) out of bed(?! (?:without|on (?:my|his|her|their) own|alone|by ${SELF}|unaided))`,
    String.raw`(?:stays?|stayed|staying) in bed all day`,
    String.raw`feel(?:s|ing)? (?:so |completely |totally |utterly )?(?:hopeless|worthless)`,
    // A place to store medicine, dry herbs or grow bulbs is not a mood: the lookbehind is read only where the phrase matched.
    String.raw`(?:in|at) (?:a |such a )?(?:really |very |so )?(?:dark|black) place(?<!(?:stor\p{L}*|keep|keeps|kept|keeping|put|puts|putting|place|placed|hang|hung|dry|dried|drying|grow\p{L}*|ripen\p{L}*|sprout\p{L}*) (?:\S+ ){0,4}(?:in|at) (?:\S+ ){1,4}place)`,
    String.raw`(?:nervous|mental|emotional) breakdown`,
    String.raw`(?:has|had|having|have) a breakdown(?! (?:on|in|at|of))`,
    String.raw`catatoni(?:a|c)`,
  ],
  'frightening-thoughts': [
    String.raw`intrusive (?:thoughts?|images?|urges?)`,
    String.raw`(?:dark|scary|frightening|disturbing|horrible|terrible|unwanted|awful|violent|bad) (?:thoughts?|urges?)`,
    String.raw`thoughts? (?:of|about) (?:hurting|harming|killing|drowning|smothering|dropping|death|dying)`,
    String.raw`(?:hear|hears|hearing|heard) (?:voices|things(?! (?:about|from|through|on|at|like|in the)| (?:\S+ ){0,6}(?:hearing aids?|ears?|tinnitus)))`,
    String.raw`(?:thinks|think|believes|is convinced|convinced|sure|says) (?:that )?(?:people|everyone|the neighbours|neighbours|the neighbors|neighbors|someone|they|the government|the police|strangers|the tv) (?:are|is|were|was|keep) (?:watching|following|spying on|poisoning|after|listening to|filming|tracking) (?:her|him|them|me)`,
    String.raw`voices (?:telling|tell|told|in ${WHOSE} head)`,
    String.raw`(?:seeing|sees|saw|see) things (?:that|which)? ?(?:aren't|arent|are not|weren't|werent|were not|isn't) (?:there|real)`,
    String.raw`hallucinat\p{L}*`,
    String.raw`psychos(?:is|es)|psychotic`,
    String.raw`delusions?|delusional`,
    String.raw`(?:lost|losing|lose|loses) touch with reality`,
    // Spanish "manía" (a habit, a grudge: "tiene manía de ordenar") reads "mania" without its accent.
    String.raw`(?<!(?:tiene|tienen|tenia|tengo|le|les|una|la|esa|esta|con|sin|de|su|sus|por|que) )mania(?! (?:de|por|con|que))|manic (?:episode|phase|again)|(?:going|gone|went) manic`,
    String.raw`(?:afraid|scared|frightened|terrified|worried|worries) (?:that )?(?:she|he|they|i)(?: might| will| could| would| may|'ll|ll) (?:hurt|harm|drop|smother|kill)`,
  ],
  perinatal: [
    String.raw`(?:post ?natal|post ?partum|perinatal|ante ?natal|pre ?natal|maternal) (?:depression|psychosis|anxiety|mental health|ocd|ptsd|rage|illness)`,
    String.raw`pnd|ppd|baby pinks`,
    String.raw`(?:difficulty|trouble|struggling|struggles|problems?|not|isn't|isnt|hasn't|hasnt|isn't really) (?:with )?bonding with (?:the|her|his|their|my) (?:baby|newborn)`,
    String.raw`(?:struggling|struggles|unable|not able|finds it hard|finding it hard|can't|cant|cannot) (?:to )?bond with (?:the|her|his|their|my) (?:baby|newborn)`,
    String.raw`(?:hasn't|hasnt|has not|isn't|isnt|is not|not) (?:been )?(?:herself|himself|themselves|right|coping|ok|okay) since ${BABY}`,
    String.raw`${STRUGGLING} (?:\S+ ){0,4}since ${BABY}`,
    String.raw`since ${BABY} (?:\S+ ){0,3}(?:cries|cry|crying|tearful|can't cope|not coping|can't do it|not sleeping|hasn't slept|struggling|low|down|anxious)`,
    String.raw`(?:can't|cant|cannot|can not|unable to) (?:look after|care for|cope with|face) (?:the|her|his|their|my) (?:baby|newborn)`,
  ],
  'eating-disorder': [
    String.raw`anorexi(?:a|c|cs)|bulimi(?:a|c|cs)|orthorexia|arfid|osfed|ednos`,
    String.raw`eating disorders?|disordered eating|binge eating`,
    String.raw`(?:she|he|they|is|was|been|keeps|started|starts) purging|purg(?:e|es|ed|ing) after (?:meals|eating|food|dinner|lunch|breakfast)`,
    String.raw`(?:make|makes|making|made) ${SELF} (?:sick|throw up|vomit)`,
    String.raw`(?:throw|throws|throwing|threw|vomit|vomits|vomiting|vomited) up after (?:meals|eating|every meal|dinner|lunch)|vomit(?:s|ing|ed)? after (?:meals|eating|every meal)`,
    String.raw`(?:disappears?|disappearing|goes|going|runs?|running) (?:off )?to the (?:bathroom|toilet|loo) (?:straight |right )?after (?:meals|eating|dinner|lunch|every meal)`,
    String.raw`(?:dangerously|severely) (?:underweight|thin)`,
    String.raw`(?:terrified|afraid|scared|fear|frightened) of (?:gaining weight|getting fat|putting on weight)`,
  ],
  addiction: [
    String.raw`addict(?:ion|ions|ed|s)?`,
    String.raw`${RELAPSE}(?= (?:\S+ ){0,5}${SUBSTANCE}(?![\p{L}\p{N}]))`,
    // The lookbehind after the word, not before: checked only where a relapse word matched.
    String.raw`${RELAPSE}(?<=(?<![\p{L}\p{N}'])${SUBSTANCE} (?:\S+ ){0,5}\S+)`,
    String.raw`alcoholi(?:c|cs|sm)`,
    String.raw`alcohol (?:problem|abuse|dependence|dependency|misuse|use disorder)`,
    String.raw`drink(?:ing)? problem`,
    String.raw`drinking (?:too much|heavily|a lot|again|every day|all day|to cope|to forget|to sleep|in secret|secretly|alone every)`,
    String.raw`(?:heavy|binge) drink(?:er|ers|ing)`,
    String.raw`fell off the wagon`,
    String.raw`(?:drink|drinks|drinking|drank|drunk) ${SELF} (?:to death|stupid|senseless|unconscious|into (?:an early grave|oblivion|a stupor|the ground))`,
    // A bender is days of heavy drinking or drugs, not a night out: a relapse in all but name.
    String.raw`on (?:a |another )?(?:\S+ )?bender|benders`,
    String.raw`back on the (?:bottle|booze|drink|sauce|gear|drugs|pills|heroin|smack)`,
    String.raw`hit(?:s|ting)? the (?:bottle|booze)`,
    String.raw`(?:lost|broke|broken|ended|blew) ${WHOSE} (?:sobriety|sober streak|clean time)`,
    String.raw`(?:\d+|a few|a couple of|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:days|weeks|months|years) (?:sober|clean)(?! (?:house|sheets|laundry|clothes))`,
    String.raw`in recovery (?:from|for) (?:alcohol|drink|drinking|drugs|addiction|heroin|gambling)`,
    String.raw`(?:slip|slipped|lapse|lapsed)(?: up)? (?:and )?(?:had|took|used|drank|with|on) (?:a drink|drink|alcohol|drugs|booze|a beer|wine)`,
    String.raw`(?:using|uses|used|use|doing|does|did|on|into) (?:drugs|${HARD_DRUGS})(?! (?:for|from|prescribed))`,
    String.raw`(?:taking|takes|took|smoking|smokes|injecting|injects) ${HARD_DRUGS}`,
    // Coke the drug, not the drink.
    String.raw`(?:using|uses|used|doing|does|did|snort\p{L}*|sniff\p{L}*|buying|on|into) coke(?! (?:zero|cans?|bottles?|float|and|or|with))|(?:lines?|bumps?|grams?) of (?:coke|charlie|ket)`,
    String.raw`(?:spend|spends|spending|spent|blow|blows|blowing|blew|lost|loses|losing|lose|gambl\p{L}*) (?:all |most )?(?:${WHOSE} )?(?:money|wages|pension|benefits|savings|\d+|hundreds|thousands)(?: \S+){0,2} on (?:the )?(?:slots|fruit machines|betting|scratch ?cards|online casinos?|horses|bookies)`,
    String.raw`(?:is|are|was|were|been|started|starting|back to|he's|she's|they're|hes|shes|theyre) using again`,
    String.raw`(?:drug|drugs) (?:use|abuse|problem|habit|dependence|misuse|dealer)`,
    String.raw`substance (?:abuse|misuse|use)`,
    String.raw`misus\p{L}* (?:of )?(?:prescription|prescribed) (?:drugs|medication|pills|painkillers)`,
    String.raw`(?:alcohol|opioid|opiate|heroin|drug|benzo|benzodiazepine|methadone) withdrawals?`,
    String.raw`withdrawals? symptoms?`,
    String.raw`(?:in|through|into|from|having|with) withdrawals?(?! (?:from|at|of) )`,
    String.raw`(?<!${TRIVIAL_DETOX} )detox(?:es|ed|ing|ification)?(?! (?:from (?:social media|screens?|phones?|my phone|sugar|caffeine|work)|tea|diet|juice|smoothie|bath))`,
    String.raw`(?:rehab|treatment) (?:for|from) (?:alcohol|drink|drinking|drugs|heroin|addiction)`,
    String.raw`(?:alcoholics|narcotics) anonymous`,
    String.raw`(?:aa|na) meetings?`,
    String.raw`methadone|subutex|suboxone|buprenorphine|naloxone|narcan|needle exchange`,
    String.raw`(?:drunk|hammered|wasted) (?:every|most|all) (?:night|day|evening)|passed out (?:drunk|from drinking)`,
    String.raw`(?:getting|gets|got|is|was) (?:high|stoned|wasted) (?:every|all|most|again)`,
    String.raw`(?:hidden|hiding|hides|secret) (?:bottles|alcohol|vodka)|empty bottles (?:everywhere|all over|hidden)`,
    String.raw`gambling (?:problem|addiction|debts?|again)`,
    String.raw`delirium tremens`,
  ],
  abuse: [
    String.raw`(?<!(?:substance|alcohol|drug|drugs|opioid|opiate|solvent|steroid|prescription) )abus(?:e|es|ed|ing|ive|er|ers)`,
    String.raw`(?:domestic|intimate partner|family) (?:violence|abuse)`,
    String.raw`coercive(?:ly)? control(?:ling|led|s)?`,
    String.raw`controlling (?:partner|husband|wife|boyfriend|girlfriend|ex)`,
    String.raw`${PERSON} ${VIOLENT_VERB} (?:me|her|him|them|us)(?! (?:up|out|at|to|in))`,
    String.raw`(?:afraid|scared|frightened|terrified) of (?:${WHOSE} |the )?(?:partner|husband|wife|boyfriend|girlfriend|ex|spouse|dad|father|stepfather|stepdad|mum|mom|mother)`,
    String.raw`(?:afraid|scared|frightened|terrified) (?:of him|of going home|to go home|of what (?:he|she|they)(?: will| might|'ll|ll)? do)`,
    String.raw`${PERSON} (?:checks|reads|goes through|went through|monitors|tracks|controls|took away|takes away|withholds) (?:all )?${WHOSE} (?:phone|messages|texts|emails|location|money|finances|bank card|bank account|wages|benefits|passport)`,
    String.raw`${PERSON} (?:won't|wont|will not|doesn't|doesnt|does not|never) (?:let|allow)s? (?:her|him|me|them) (?:to )?(?:see|go out|go anywhere|leave|have|talk|speak|call|visit|spend)`,
    String.raw`(?:isn't|isnt|is not|not|wasn't|wasnt|was not) allowed to (?:see ${WHOSE} (?:friends|family|mum|mom|mother|dad|father|sister|brother|sisters|brothers|kids|children)|go out alone|leave the house(?! (?:yet|until|for|before|after))|have ${WHOSE} own (?:money|phone|bank account)|talk to (?:anyone|friends|us))`,
    String.raw`(?:isolat|cut)(?:es|ing|ed|s)? (?:her|him|them|me) (?:off )?from (?:${WHOSE} )?(?:friends|family|everyone)`,
    String.raw`walk(?:s|ing|ed)? on egg ?shells (?:around|with) (?:him|her|them|${WHOSE} ${RELATIVE})`,
    String.raw`(?:doesn't|doesnt|does not|don't|dont|do not|isn't|isnt|is not|not) (?:feel )?safe (?:${HOME}|with (?:him|her|them|${WHOSE} ${RELATIVE}))`,
    String.raw`unsafe ${HOME}`,
    String.raw`(?:someone|somebody|anyone|a person|people) at home (?:is |are |might be |was )?(?:hurting|hurts|hit|hits|hitting|threaten\p{L}*|scaring)`,
    String.raw`(?:unexplained|hidden) bruis(?:es|ing)`,
    String.raw`(?:grab\p{L}*|held|holds|holding|pinned|pins|had) (?:her|him|them|me) (?:by the (?:throat|neck|hair)|against (?:the|a) wall)|(?:push|shov)\p{L}* (?:her|him|them|me) (?:down the stairs|against (?:the|a) wall|into (?:the|a) wall|to the (?:floor|ground)|around(?! (?:the|in|on))|about)`,
    String.raw`(?:he|they|${RELATIVE})(?: has| had|'s)? (?:smash\p{L}*|destroy\p{L}*|stamp\p{L}* on|threw|thrown) (?:her|my) (?:phone|mobile|things|stuff)(?! (?:screen|by accident|accidentally))`,
    String.raw`threaten(?:s|ed|ing)? to (?:kill|hurt|harm|take the (?:kids|children))`,
    // Spanish "rape" is monkfish ("rape a la plancha").
    String.raw`(?<!(?:el|del|de|comprar|compra|un|con|pescado|filete|filetes|cola|colas) )rape(?! (?:a la|al|con|en|frito|fresco|y))|raped`,
    String.raw`sexual(?:ly)? (?:assault|assaulted|abuse|abused)`,
    String.raw`(?:was|been|being|got|get|gets) (?:assaulted|beaten up)`,
    String.raw`(?:restraining|protection|protective) order`,
    String.raw`(?:women's|womens|domestic violence) (?:shelter|refuge)|women's aid|womens aid|safe house|(?:a|the) refuge(?! for)`,
    String.raw`forced marriage|honou?r based (?:violence|abuse)|fgm`,
    String.raw`stalk(?:ing|ed|er|ers)|harass(?:ed|ing|ment|es)`,
  ],
  'psychiatric-stay': [
    String.raw`sectioned|mental health act|section 117|mental (?:hospital|asylum|institution|ward)|(?:loony|looney) bin|nut ?house`,
    String.raw`psych (?:ward|unit|hospital|hold|eval|evaluation|admission|stay)`,
    String.raw`psychiatric (?:ward|unit|hospital|admission|stay|facility|inpatient|hold|emergency|intensive care|icu)`,
    String.raw`mental health (?:unit|ward|hospital|facility|admission|crisis|inpatient)`,
    String.raw`behaviou?ral health (?:unit|ward|hospital|facility)`,
    String.raw`(?:secure|locked|closed) (?:psychiatric |mental health )?(?:ward|unit)`,
    String.raw`(?:involuntary|compulsory) (?:admission|commitment|detention|hold|treatment)`,
    String.raw`(?:committed|admitted|sent) to (?:a |an |the )?(?:psychiatric|psych|mental)`,
    String.raw`5150|(?:72|seventy two) hour hold`,
    String.raw`crisis (?:team|resolution|house|unit)|home treatment team`,
  ],
}

/**
 * Words that touch a topic without saying risk. Anything RISK_PHRASES finds touches too, so
 * this list holds only what they do not.
 */
const ENGLISH_TOUCH_PHRASES: Record<TouchTopic, string[]> = {
  mood: [
    String.raw`(?:feel|feels|feeling|felt) (?:so |very |really |a bit |quite |pretty |completely )?(?:low|down|flat|blue|sad|empty|numb|lost|alone|lonely|overwhelmed|awful|terrible|miserable|anxious|panicky|trapped|useless|scared|frightened|terrified|afraid)`,
    // A person who is scared, not "the dog is afraid of thunder". "Scared of needles" asks, no more.
    // Not "I'm afraid we can't come": first person is covered by "feel scared".
    String.raw`(?:she|he|they|${RELATIVE})(?: is| 's|'s| are|'re| was| were| has been| have been| seems?| gets?| got) (?:so |very |really |a bit |quite |pretty |absolutely |too )?(?:scared|frightened|terrified|afraid)`,
    String.raw`in (?:a |such a )?(?:really |very |so |pretty )?bad way`,
    // "Spiralling costs" are money.
    String.raw`(?<!(?:costs?|bills?|prices?|debts?|rents?) )spiral(?:l)?(?:ing|ed)(?! (?:\S+ )?(?:costs?|bills?|prices?|debts?|rents?|staircase))|(?:downward )?spiral(?:l)?(?:ing|s)? (?:down|out of control)|downward spiral`,
    String.raw`(?:been|is|seems|seemed|looks|looked) (?:so |very |really |a bit |quite |pretty )?(?:low|flat|sad|miserable)`,
    String.raw`low mood|moods?|mood swings`,
    String.raw`depress(?:ed|ion|ive)`,
    String.raw`anxi(?:ety|ous)|panic(?:s|king| attacks?)?`,
    String.raw`grie(?:f|ving|ves|ve)|bereave(?:d|ment)|mourning`,
    String.raw`lonel(?:y|iness)|withdrawn|shut (?:${SELF}) away`,
    String.raw`tearful|cr(?:y|ies|ying) (?:a lot|all the time|all day|every day|constantly|for no reason|at night)`,
    String.raw`(?:not|isn't|isnt|(?:hasn't|hasnt|has not|have not|haven't) been) (?:herself|himself|themselves)(?! (?:up|down|in|into|to|out))`,
    String.raw`not coping|(?:can't|cant|cannot) cope|struggling to cope|barely coping|falling apart|breaking point|rock bottom`,
    String.raw`(?:end of|end of the) ${WHOSE} (?:tether|rope)|(?:in|at) (?:a |such a )?(?:really |very |so )?bad place`,
    String.raw`burn(?:t|ed) out|burnout`,
    String.raw`(?:can't|cant|cannot) (?:do this|take (?:it|this)) ${ANYMORE}`,
    String.raw`baby blues`,
    String.raw`(?:hasn't|hasnt|has not|hardly|barely|won't|wont|doesn't|doesnt|not) (?:left|leave|leaving) (?:the|her|his|their|my) (?:house|flat|room|bed) (?:in|for) (?:days|weeks|a week|a month|a while)`,
    String.raw`(?:stopped|isn't|isnt|not|hasn't been|hasnt been) (?:washing|showering|getting dressed|looking after ${SELF})`,
    String.raw`to vent|venting|vent about|shoulder to cry on|someone to talk to`,
    String.raw`emotional(?:ly)? (?:support|wellbeing|well being|state|health)`,
    String.raw`(?:she|he|they|she's|he's|they're|i'm)(?: is| are| am)? (?:really |just |so |very |definitely |clearly )?not (?:ok|okay|alright|all right|doing (?:ok|okay|well|great|good))(?! (?:with|to|about|if|for|at))`,
    String.raw`(?:won't|doesn't|does not|will not|refuses to|not) (?:talk|speak) to (?:anyone|anybody|us|me|her family|his family|the family)|(?:she|he|they)(?:'s|'ve| is| has| have)? (?:\S+ )?shut down(?! (?:the|her|his|their|my|a|an|it|for|early|at))`,
    String.raw`what's the point (?:of|in) (?:anything|everything|it all|any of it|trying|carrying on)|(?:star(?:es|ing|ed)|sits? staring) (?:at the (?:walls?|ceiling)|into space)`,
  ],
  thoughts: [
    String.raw`(?:negative|racing|scary|worrying|anxious|obsessive|unwanted|sad|suicidal) thoughts`,
    String.raw`(?:can't|cant|cannot) stop thinking|overthink\p{L}*`,
    String.raw`obsess(?:ive|ion|ions|ing|ed)|compulsi(?:ve|on|ons)|ocd|paranoi(?:a|d)`,
    String.raw`nightmares|flashbacks?|ptsd|trauma(?:tic|tised|tized)?`,
    String.raw`(?:talk|talks|talking|talked|think|thinks|thinking|thought) (?:a lot )?about (?:death|dying)`,
    String.raw`affairs in order|losing ${WHOSE} mind`,
    String.raw`(?:wants?|wanted|wanting|wish(?:es)?|chooses?|chose) to die ${WHERE_TO_DIE}|(?:rather|prefers?|preferred) (?:to )?die`,
    String.raw`${GIVE} (?:all )?${WHOSE} (?:\S+ ){1,2}away|${GIVE} away (?:all )?${WHOSE}`,
    String.raw`(?:say|says|said|saying)(?: ${WHOSE})? goodbyes? to (?:everyone|everybody|all (?:of )?(?:us|them|${WHOSE} (?:friends|family))|${WHOSE} (?:friends|family))`,
  ],
  'mental-health': [
    String.raw`mental(?:ly)? (?:health|illness|ill|state|wellbeing|well being|unwell)`,
    String.raw`psychiatr(?:ist|ists|ic|y)|psycholog(?:ist|ists|ical|y)|psych`,
    String.raw`(?<!(?:physical|occupational|speech|respiratory|massage|hand|radio|light|hormone|iv|oxygen|infusion|language) )therap(?:y|ies|ist|ists)`,
    String.raw`(?<!(?:debt|financial|careers?|career|legal|genetic|money) )counsell?(?:ing|or|ors)`,
    String.raw`cbt|dbt|emdr|antidepressants?|mood stabili[sz]ers?|anti ?psychotics?|lithium`,
    String.raw`bipolar|schizo\p{L}*|personality disorder|bpd|borderline`,
    String.raw`manic(?! (?:week|weeks|day|days|monday|morning|mornings|time|times|schedule|pace|period|rush|at work))`,
    String.raw`cpn|community mental health|cmht|mental health (?:team|nurse|worker|services?)`,
  ],
  eating: [
    String.raw`(?:not|stopped|stop|barely|hardly|won't|wont|isn't|isnt|hasn't|hasnt|can't|cant|forgets? to|forgetting to|refuses? to|refusing to|struggl\p{L}* to) (?:been )?(?:eat|eating|eaten)|(?:barely|hardly|rarely) eats`,
    String.raw`(?:make|makes|making) sure (?:she|he|they) eats?`,
    String.raw`eat(?:s|ing)? (?:enough|properly|anything|something|regularly)`,
    String.raw`appetite|calories|skip(?:s|ping|ped)? meals|comfort eating|overeating|binge(?:s|d|ing)?`,
    String.raw`(?:lost|losing|lose|loses|gained|gaining) (?:a lot of |so much |some |too much )?weight|weight loss|weighs? ${SELF}`,
    String.raw`(?:food|eating) (?:issues|problems|habits)|relationship with food|off ${WHOSE} food`,
    String.raw`sit with (?:her|him|them) (?:while|when|after|during) (?:she|he|they)? ?(?:eats?|meals)`,
  ],
  drinking: [
    // Not what cleans a wound or hands ("alcohol wipes", "gel de alcohol"), nor a drink without it.
    String.raw`(?<!(?:gel|gel de|gel con|toallitas de|toallitas con|algodon con|sin|non|no|zero|low|cero|rubbing|surgical) )alcohol\p{L}*(?! (?:wipes?|gel|swabs?|free|para (?:las heridas|curar|desinfectar)))|booz(?:e|ing)|hungover|hangover|sober|sobriety|drunk|tipsy`,
    String.raw`drinking(?! (?:water|enough|fluids|plenty|tea|coffee|juice|milk|through))`,
    String.raw`drinks? (?:too much|a lot|heavily|every|alone|again|to)`,
    String.raw`on the piss|(?:getting|gets|got|get) (?:absolutely |so )?(?:pissed|plastered|legless|sloshed|trollied|bladdered|smashed|hammered|wasted)`,
    String.raw`(?:wine|beer|vodka|whisky|whiskey|gin|spirits|cider|lager|rum)(?! (?:glasses|gums?|vinegar))`,
  ],
  drugs: [
    String.raw`(?<!(?:prescription|prescribed|${WHOSE}|the|hospital|pharmacy|chemist|cancer|chemo|blood pressure|heart|pain) )drugs?(?! (?:for|from|store|prescribed|chart|trial|round))`,
    String.raw`cannabis|marijuana|smok\p{L}* weed|weed smok\p{L}*|(?:on|using|buys?|buying|sells?|selling) weed`,
    String.raw`cocaine|heroin|meth|methamphetamine|fentanyl|ketamine|mdma|ecstasy|lsd|opioids?|opiates?|benzos?|benzodiazepines?`,
    String.raw`(?:getting|gets|got) (?:high|stoned)|stoned|dealers?|using again`,
  ],
  medication: [
    String.raw`(?:too many|too much|extra|double|more than (?:prescribed|she should|he should|the dose)) (?:of )?(?:${WHOSE} |the )?(?:pills|tablets|meds|medication|medicine|painkillers|doses?|sleeping pills)`,
    String.raw`(?:not taking|stopped taking|stop taking|won't take|wont take|refuses to take|refusing to take|skipping|skips|hiding|hides|hoarding) (?:${WHOSE} )?(?:pills|tablets|meds|medication|medicines|antidepressants|lithium)`,
    String.raw`(?:misus|abus)\p{L}* (?:${WHOSE} )?(?:pills|tablets|meds|medication|painkillers|prescription)|prescription (?:misuse|abuse)`,
    String.raw`(?:stopped|stops|stopping|quit|quits|quitting|ditched|ditching) ${WHOSE} (?:\S+ )?(?:meds|medication|pills|tablets|lithium|antidepressants|anti ?psychotics)`,
    String.raw`off ${WHOSE} (?:\S+ )?(?:meds|medication|medications|pills|tablets|lithium|antidepressants|anti ?psychotics|medicine|medicines)`,
    String.raw`(?:not taking|stopped taking|won't take|wont take|refuses to take|refusing to take|skipping|hiding) (?:them|it)(?<=${PILLS} (?:\S+ ){1,9}(?:them|it))`,
    String.raw`(?:took|take|takes|taking|taken) all (?:of )?(?:${WHOSE} |the )?${PILLS}(?! (?:${DOSE_ROUTINE}|at|this|today))`,
    String.raw`more than (?:was |is |she's |he's )?prescribed|(?:early|extra) (?:refills?|prescriptions?)|(?:several|different|two|multiple) (?:gps|doctors) for (?:pills|prescriptions|painkillers)`,
  ],
  'home-safety': [
    String.raw`(?:un)?safe(?:ty)? ${HOME}|(?:feel|feels|feeling|felt) (?:un)?safe|unsafe`,
    String.raw`(?:${WHOSE}|the) (?:${RELATIVE}'?s? )?temper|(?:has|have|with) (?:a|such a|quite a) (?:bad |short |terrible |violent |nasty )?temper|(?:angry|violent|aggressive|volatile|controlling|jealous) (?:${RELATIVE})`,
    String.raw`(?:arguments?|rows|fights?|shouting) at home|shout(?:s|ing|ed)? at (?:her|him|them)`,
    String.raw`police (?:were |was |got |have been |had to be )?called`,
    String.raw`violent|violence|aggressive|aggression|threats?|threatened|threatening`,
    String.raw`walk(?:s|ing|ed)? on egg ?shells|social services|safeguarding|lock(?:s|ed)? (?:her|him|them) (?:in|out)`,
    String.raw`(?:${PERSON}|someone|somebody|a man|a stranger) (?:keeps|kept|has been|have been|started|starts|is|was) (?:turning|showing|coming) (?:up|round|around)(?! (?:to (?:help|see|visit|check|cook|clean|drive)|with))`,
    String.raw`(?:turns|turned|shows|showed) up (?:uninvited|unannounced|drunk)`,
    String.raw`(?:she|he|they|${RELATIVE}) (?:gets|can get|got|turns|can turn|goes|can be) (?:really |very |quite |so )?(?:nasty|rough|handy|violent|aggressive|abusive)`,
    String.raw`(?:scared|frightened|terrified|afraid) (?:at home|to be (?:at )?home|to be alone with)`,
  ],
}

/**
 * Phone shorthand written out, so that each phrase is listed once in its full form: Spanish "q"
 * and "k" for "que", "pa" for "para", "xq" for "porque"; English contractions typed without their
 * apostrophe ("cant", "shes"), "bf", "w" (from "w/") for "with". None of the short forms is a word
 * the lists read otherwise; words that would be ("ill", "hell", "well", "were", "its") stay as typed.
 */
export const SHORTHAND: Record<string, string> = {
  q: 'que', k: 'que', ke: 'que', xq: 'porque', pq: 'porque', porq: 'porque', pa: 'para', tb: 'tambien', tmb: 'tambien',
  w: 'with', bf: 'boyfriend', gf: 'girlfriend', hubby: 'husband', cant: "can't", dont: "don't", doesnt: "doesn't", didnt: "didn't",
  wont: "won't", isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't", hasnt: "hasn't", havent: "haven't",
  hadnt: "hadn't", couldnt: "couldn't", wouldnt: "wouldn't", shouldnt: "shouldn't", im: "i'm", ive: "i've",
  hes: "he's", shes: "she's", theyre: "they're", whats: "what's", thats: "that's", theres: "there's",
}

function inBothLanguages<T extends string>(topics: readonly T[], english: Record<T, string[]>, spanish: Record<T, string[]>): Record<T, string[]> {
  return Object.fromEntries(topics.map((topic) => [topic, [...english[topic], ...spanish[topic]]])) as Record<T, string[]>
}

export const RISK_PHRASES = inBothLanguages(RISK_TOPICS, ENGLISH_RISK_PHRASES, SPANISH_RISK_PHRASES)
export const TOUCH_PHRASES = inBothLanguages(TOUCH_TOPICS, ENGLISH_TOUCH_PHRASES, SPANISH_TOUCH_PHRASES)
