import { describe, expect, it } from 'vitest'
import {
  assessNeedRisk, assessRisk, normaliseForRisk, RISK_TOPICS, touchedTopics, TOUCH_TOPICS, type RiskTopic,
} from '../../../src/domain/safety'
import { spanishGroups, type Group } from './safetyPhrasesEs'
import { freshGroups } from './safetyPhrasesFresh'

/**
 * The phrase table: how people actually write about a need, and what the safety check must do
 * with each phrasing. Three outcomes:
 * - a risk topic: the need is marked "professional first" at once;
 * - `ask:<topic>`: no flag, but the words touch that ground, so the coordinator is asked the
 *   one safety question before anyone is proposed;
 * - `none`: everyday care words that must neither flag nor ask.
 * Each group names where its phrasings came from. The phrasings are paraphrased into what a
 * coordinator might type into a need, never copied whole. The Spanish rows (safetyPhrasesEs.ts)
 * run here too: every text is checked in both languages; so do the rounds written fresh, as people
 * type on a phone, to test the list rather than grow it (safetyPhrasesFresh.ts).
 */
const groups: Group[] = [
  {
    source: 'Suicide, said the everyday way: the warning signs the US National Institute of Mental Health lists '
      + '(quoted at m.klinechem.com/news/health-tip-warning-signs-of-suicide), "what you might hear" at helpingcasey.com, '
      + 'jordanelizabethharrisfoundation.org/warning-signs, 211palmbeach.org/warning-signs and connectingngo.org/signs-of-suicidal-person',
    rows: [
      ['She has been having suicidal thoughts', 'suicide'],
      ['SUICIDE risk mentioned by the GP', 'suicide'],
      ['said he wants to kill himself', 'suicide'],
      ['thinking of ending his own life', 'suicide'],
      ['tried to take his own life in 2019', 'suicide'],
      ['I just want to end it all', 'suicide'],
      ['I don’t want to be here anymore', 'suicide'],
      ["doesn't want to be alive", 'suicide'],
      ['dont want to live any more', 'suicide'],
      ['says she wants to die', 'suicide'],
      ['wishes he was dead', 'suicide'],
      ['everyone would be better off without me', 'suicide'],
      ['feels there is nothing left to live for', 'suicide'],
      ["can't go on like this", 'suicide'],
      ['Things will be better when I’m gone, she keeps saying', 'suicide'],
      ['she has been giving away her prized possessions', 'suicide'],
      ['keeps saying there’s no way out', 'suicide'],
      ["can't see any way out", 'suicide'],
      ['he wishes he hadn’t been born', 'suicide'],
      ['says he is tired of living', 'suicide'],
      ['acts as if he has a death wish', 'suicide'],
      ['says everybody would be better off', 'suicide'],
      ['she said she wants to go to sleep and not wake up', 'suicide'],
      ['doesn’t want to wake up in the morning', 'suicide'],
      ['told me she feels like a burden to everyone', 'suicide'],
      ['he’s been talking about ending things', 'suicide'],
      ['wants to disappear', 'suicide'],
      ['mentioned unaliving himself', 'suicide'],
      ['no point in living, he says', 'suicide'],
      ['thinks life isn’t worth living', 'suicide'],
      ['talked about stepping in front of a train', 'suicide'],
    ],
  },
  {
    source: 'Self-harm: the NHS page "Signs of self-harm" (Crown copyright, reproduced at clearchemist.co.uk/az-health/self-harm) '
      + 'and the list of forms at sites.google.com/myncsd.org/cystudentservices/signs-of-self-harm; accidents from everyday life',
    rows: [
      ['history of self-harm', 'self-harm'],
      ['selfharming again', 'self-harm'],
      ['has been cutting herself', 'self-harm'],
      ['she cut her wrists', 'self-harm'],
      ['I want to hurt myself', 'self-harm'],
      ['worried he is harming himself', 'self-harm'],
      ['unexplained cuts on her arms', 'self-harm'],
      ['he has been burning himself with cigarettes', 'self-harm'],
      ['cigarette burns on his wrists', 'self-harm'],
      ['always in long sleeves, even in hot weather', 'self-harm'],
      ['she has started cutting again', 'self-harm'],
      ['punching himself when he is upset', 'self-harm'],
      ['bites herself until it bleeds', 'self-harm'],
      ['I cut myself shaving', 'none'],
      ['she fell and hurt herself, needs help with shopping', 'none'],
      ['hurt himself lifting boxes', 'none'],
      ['cut herself on a broken glass', 'none'],
      ['cut myself while cooking', 'none'],
      ['burnt herself on the oven door', 'none'],
      ['bruised his arm playing football', 'none'],
    ],
  },
  {
    source: 'Overdose and stockpiling: NIMH warning signs ("stockpiling pills"), the earlier table of this file',
    rows: [
      ['overdose last year', 'overdose'],
      ['he overdosed in March', 'overdose'],
      ['She OD’d twice', 'overdose'],
      ["he OD'ed on the weekend", 'overdose'],
      ['took too many pills', 'overdose'],
      ['swallowed a handful of tablets', 'overdose'],
      ['she is stockpiling her sleeping pills', 'overdose'],
      ['has been saving up his tablets', 'overdose'],
      ['mixing her meds with wine', 'overdose'],
      ['took all her pills with breakfast', 'none'],
      ['drop off pills from the pharmacy', 'none'],
      ['pick up painkillers from the pharmacy', 'none'],
    ],
  },
  {
    source: 'Severe depression and low mood: NIMH warning signs, the NHS self-harm page ("low mood, tearfulness"), '
      + 'the seed workflow (shared/seeds/support-map-workflow.txt: "a daily 10-minute phone call to vent")',
    rows: [
      ['severe depression since the funeral', 'severe-depression'],
      ['Major Depressive Disorder', 'severe-depression'],
      ['in a deep depression', 'severe-depression'],
      ['clinically depressed', 'severe-depression'],
      ["can't get out of bed most days", 'severe-depression'],
      ['hasn’t got out of bed for a week', 'severe-depression'],
      ['stays in bed all day', 'severe-depression'],
      ['feeling completely hopeless', 'severe-depression'],
      ['she’s in a really dark place', 'severe-depression'],
      ['had a nervous breakdown in the spring', 'severe-depression'],
      ['he had a breakdown and is off work', 'severe-depression'],
      ['feeling a bit depressed after the surgery', 'ask:mood'],
      ['recovering from depression, would love company', 'ask:mood'],
      ['she’s been really low since the divorce', 'ask:mood'],
      ['tearful most evenings', 'ask:mood'],
      ['Mum is grieving and lonely', 'ask:mood'],
      ['has not been herself lately', 'ask:mood'],
      ['not coping since losing his job', 'ask:mood'],
      ['hasn’t left the flat in weeks', 'ask:mood'],
      ['needs someone to talk to in the evenings', 'ask:mood'],
      ['A 10-minute call to vent', 'ask:mood'],
      ['she says she can’t do this anymore', 'ask:mood'],
      ['panic attacks on the bus', 'ask:mood'],
      ['depressing weather', 'none'],
      ['recovering from a knee operation', 'none'],
      ['had a breakdown on the motorway, needs a lift', 'none'],
    ],
  },
  {
    source: 'Unwanted or frightening thoughts: kickscount.org.uk "Spotting signs of post-natal depression" (NHS text on OCD and '
      + 'postpartum psychosis), pinkybloom.app on intrusive thoughts, the r/MentalHealthUK post "Accommodation after being sectioned"',
    rows: [
      ['having intrusive thoughts about the baby', 'frightening-thoughts'],
      ['scary thoughts she can’t switch off', 'frightening-thoughts'],
      ['hearing voices again', 'frightening-thoughts'],
      ['the voices tell him to stay in his room', 'frightening-thoughts'],
      ['seeing things that aren’t there', 'frightening-thoughts'],
      ['she has been hallucinating', 'frightening-thoughts'],
      ['first episode of psychosis', 'frightening-thoughts'],
      ['paranoid delusions', 'frightening-thoughts'],
      ['terrified she might hurt the baby', 'frightening-thoughts'],
      ['dark thoughts at night', 'frightening-thoughts'],
      ['he went manic last spring', 'frightening-thoughts'],
      ['thoughts of hurting someone', 'frightening-thoughts'],
      ['racing thoughts at night', 'ask:thoughts'],
      ['obsessive checking of the locks', 'ask:thoughts'],
      ['nightmares since the accident', 'ask:thoughts'],
      ['worried about her OCD', 'ask:thoughts'],
      ['he gets paranoid about the neighbours', 'ask:thoughts'],
      ['thoughts and prayers from the church group', 'none'],
      ['let me know your thoughts on the rota', 'none'],
    ],
  },
  {
    source: 'The perinatal period: kickscount.org.uk (signs for partners, family and friends), '
      + 'kentandmedwaylms.nhs.uk "Post-natal depression" (the "baby pinks"), kickstherapy.com/blog/postpartum-mental-health',
    rows: [
      ['postnatal depression', 'perinatal'],
      ['post-natal depression after her second', 'perinatal'],
      ['diagnosed with PND', 'perinatal'],
      ['postpartum psychosis last time', 'perinatal'],
      ['struggling to bond with the baby', 'perinatal'],
      ['hasn’t been herself since the baby arrived', 'perinatal'],
      ['crying all the time since the birth', 'perinatal'],
      ['can’t cope with the baby on her own', 'perinatal'],
      ['the baby pinks: hardly sleeping, euphoric', 'perinatal'],
      ['perinatal mental health team', 'perinatal'],
      ['a touch of the baby blues', 'ask:mood'],
      ['bring meals for the first weeks with the new baby', 'none'],
      ['help with nappies and laundry after the birth', 'none'],
      ['hold the baby while she showers', 'none'],
      ['drive her to the antenatal class', 'none'],
      ['the midwife visits on Tuesdays', 'none'],
    ],
  },
  {
    source: 'Eating disorders: eatingdisorders.customeyes.me/early-signs, myedin.org warning signs, '
      + 'health.allwomenstalk.com ("refusal to eat")',
    rows: [
      ['recovering from anorexia', 'eating-disorder'],
      ['bulimia in her teens', 'eating-disorder'],
      ['has an eating disorder', 'eating-disorder'],
      ['binge eating at night', 'eating-disorder'],
      ['makes herself sick after meals', 'eating-disorder'],
      ['disappears to the bathroom straight after meals', 'eating-disorder'],
      ['terrified of gaining weight', 'eating-disorder'],
      ['dangerously underweight', 'eating-disorder'],
      ['she has been purging again', 'eating-disorder'],
      ['skipping meals', 'ask:eating'],
      ['barely eating since the funeral', 'ask:eating'],
      ['make sure he eats something', 'ask:eating'],
      ['lost a lot of weight recently', 'ask:eating'],
      ['refuses to eat unless someone sits with her', 'ask:eating'],
      ['counts calories all day', 'ask:eating'],
      ['sit with her while she eats', 'ask:eating'],
      ['Bring dinner on Tuesdays and Thursdays', 'none'],
      ['cook a meal with no nuts', 'none'],
      ['help with food shopping', 'none'],
      ['eats early, around five', 'none'],
      ['lunch at the café on Saturday', 'none'],
      ['she loves homemade soup', 'none'],
    ],
  },
  {
    source: 'Relapse into drinking or drugs: ragingalcoholic.com "Relapses and slips", supportgroups.com "About relapse" '
      + '(warning signs, "misuse of prescription drugs"), shatteredtogether.com "Signs of relapse"; the earlier table of this file',
    rows: [
      ['struggling with addiction', 'addiction'],
      ['is an addict', 'addiction'],
      ['relapsed on alcohol', 'addiction'],
      ['after two years sober he relapsed', 'addiction'],
      ['she is an alcoholic', 'addiction'],
      ['has been drinking too much', 'addiction'],
      ["he's using again", 'addiction'],
      ['smoking crack', 'addiction'],
      ['going through withdrawal', 'addiction'],
      ['just out of detox', 'addiction'],
      ['ride to AA meetings', 'addiction'],
      ['back on the bottle since the divorce', 'addiction'],
      ['hit the bottle hard after the funeral', 'addiction'],
      ['she had a slip and had a drink last week', 'addiction'],
      ['lost his sobriety after six years', 'addiction'],
      ['eight months clean', 'addiction'],
      ['in recovery from alcohol', 'addiction'],
      ['on methadone', 'addiction'],
      ['drinking to cope with the pain', 'addiction'],
      ['hiding bottles around the house', 'addiction'],
      ['misuse of prescription drugs', 'addiction'],
      ['likes a glass of wine with dinner', 'ask:drinking'],
      ['worried about his drinking', 'ask:drinking'],
      ['she drinks alone most nights', 'ask:drinking'],
      ['hungover on Sundays', 'ask:drinking'],
      ['smokes weed to sleep', 'ask:drugs'],
      ['his old dealer keeps calling', 'ask:drugs'],
      ['uses cannabis for the pain', 'ask:drugs'],
      ['the cancer relapsed in spring', 'none'],
      ['relapse of MS, needs rides to the clinic', 'none'],
      ['cash withdrawal at the bank', 'none'],
      ['juice detox recipes', 'none'],
      ['digital detox weekend', 'none'],
      ['physical rehab after knee surgery', 'none'],
      ['pick up her prescription drugs from the chemist', 'none'],
      ['taking drugs for blood pressure', 'none'],
      ['he is on drugs for the pain, please bring water', 'none'],
      ['drinking water by the bed', 'none'],
      ['slipped on the ice and broke her wrist', 'none'],
      ['three days of clean laundry', 'none'],
    ],
  },
  {
    source: 'Coercive control and home safety: wa-leicester.org.uk "Coercive control" (Women’s Aid Leicestershire), '
      + 'enddvinpbc.org/coercive-control, southyorkshirerelationshipandsexualcounsellingservice.co.uk ("walk on eggshells"); '
      + 'the earlier table of this file',
    rows: [
      ['emotionally abusive partner', 'abuse'],
      ['domestic violence', 'abuse'],
      ['My husband hits me', 'abuse'],
      ['her boyfriend beats her', 'abuse'],
      ['I’m afraid of my partner', 'abuse'],
      ['coercive control', 'abuse'],
      ['has a restraining order against him', 'abuse'],
      ['was sexually assaulted', 'abuse'],
      ['elder abuse by a carer', 'abuse'],
      ['he checks her phone every night', 'abuse'],
      ['her husband controls all her money', 'abuse'],
      ['he won’t let her see her friends', 'abuse'],
      ['she isn’t allowed to see her family', 'abuse'],
      ['he is isolating her from her friends', 'abuse'],
      ['walks on eggshells around her husband', 'abuse'],
      ['doesn’t feel safe at home', 'abuse'],
      ['scared to go home', 'abuse'],
      ['someone at home is hurting her', 'abuse'],
      ['unexplained bruises on her arms', 'abuse'],
      ['her ex threatened to take the kids', 'abuse'],
      ['staying at a women’s refuge', 'abuse'],
      ['he has been stalking her', 'abuse'],
      ['worried about her partner’s temper', 'ask:home-safety'],
      ['the police were called last month', 'ask:home-safety'],
      ['shouting at home most nights', 'ask:home-safety'],
      ['social services are involved', 'ask:home-safety'],
      ['hit me up when you can help', 'none'],
      ['this song really hits me', 'none'],
      ['a tropical storm', 'none'],
      ['the dog is afraid of thunder', 'none'],
      ['she isn’t allowed to drive for six weeks', 'none'],
      ['not allowed to leave the house until the wound heals', 'none'],
      ['safe to leave the key under the mat', 'none'],
    ],
  },
  {
    source: 'A psychiatric admission or discharge: mind.org.uk "Leaving hospital", nhs.uk "Mental health aftercare if you '
      + 'have been sectioned", the r/MentalHealthUK post above; mental health words from the same pages',
    rows: [
      ['she was sectioned in March', 'psychiatric-stay'],
      ['just discharged from the psych ward', 'psychiatric-stay'],
      ['home after three weeks in a psychiatric hospital', 'psychiatric-stay'],
      ['back from the mental health unit on Friday', 'psychiatric-stay'],
      ['the crisis team visits daily', 'psychiatric-stay'],
      ['aftercare under section 117', 'psychiatric-stay'],
      ['was on a 72-hour hold', 'psychiatric-stay'],
      ['detained under the Mental Health Act', 'psychiatric-stay'],
      ['involuntary admission last month', 'psychiatric-stay'],
      ['the home treatment team comes in the mornings', 'psychiatric-stay'],
      ['sees a therapist on Mondays', 'ask:mental-health'],
      ['appointment with her psychiatrist', 'ask:mental-health'],
      ['counselling after the loss', 'ask:mental-health'],
      ['on antidepressants', 'ask:mental-health'],
      ['diagnosed with bipolar', 'ask:mental-health'],
      ['the community mental health nurse visits', 'ask:mental-health'],
      ['her mental health has been up and down', 'ask:mental-health'],
      ['physical therapy twice a week', 'none'],
      ['debt counselling appointment', 'none'],
      ['discharged from hospital after her hip operation', 'none'],
      ['occupational therapy home visit', 'none'],
    ],
  },
  {
    source: 'Medication misuse: supportgroups.com "About relapse" ("misuse of prescription drugs"), NIMH warning signs; '
      + 'everyday medication help from Kith’s example circles (src/domain/examples.ts)',
    rows: [
      ['takes more than prescribed', 'ask:medication'],
      ['stopped taking her antidepressants', 'ask:medication'],
      ['is not taking his meds', 'ask:medication'],
      ['asks different doctors for painkillers', 'ask:medication'],
      ['hides her pills', 'ask:medication'],
      ['Medication reminder', 'none'],
      ['Painkillers with breakfast for the first three weeks', 'none'],
      ['collect the prescription on Friday', 'none'],
    ],
  },
  {
    source: 'Misses found by the integrator on 2 December 2026 with needs written fresh, not from any list; the NIMH '
      + 'warning signs above (giving away possessions, saying goodbye, taking all the pills); everyday look-alikes beside them',
    rows: [
      ['He is talking about taking all his tablets', 'overdose'],
      ['she threatened to take all her pills', 'overdose'],
      ['swallowed all the tablets in the drawer', 'overdose'],
      ['found the painkiller box empty, he took the lot', 'overdose'],
      ['took all his meds at once', 'overdose'],
      ['took all his tablets', 'ask:medication'],
      ['Check he is not drinking himself to death', 'addiction'],
      ['Someone to sit with him, he has been on a bender all week', 'addiction'],
      ['he gave away his guitar and said goodbye', 'suicide'],
      ['she gave away all her things last month', 'suicide'],
      ['he is giving his stuff away... giving away his stuff to neighbours', 'suicide'],
      ['keeps saying goodbye to everyone', 'ask:thoughts'],
      ['Pick up her meds, she is not taking them and is spiralling', 'ask:mood'],
      ['in a downward spiral since he lost the shop', 'ask:mood'],
      ['her tablets are in the kitchen but she won’t take them', 'ask:medication'],
      ['She is off her meds and manic', 'ask:medication'],
      ['went off his lithium in the summer', 'ask:medication'],
      ['seems manic, barely sleeping', 'ask:mental-health'],
      ['Keep him company, he is in a bad way after his mum died', 'ask:mood'],
      ['Stay over, her ex keeps turning up at the flat and she is scared', 'ask:home-safety'],
      ['a man keeps showing up at her door', 'ask:home-safety'],
      ['she’s frightened to be home alone with him', 'ask:home-safety'],
      ['he feels scared at night', 'ask:mood'],
      ['she is scared of the operation', 'ask:mood'],
      ['has gone off his food', 'ask:eating'],
      ['said goodbye at the station', 'none'],
      ['reminder about taking all her tablets with food', 'none'],
      ['she wants to take all her tablets at breakfast', 'none'],
      ['I’m afraid I can’t do Tuesdays', 'none'],
      ['he talked of taking all his pills', 'overdose'],
      ['She said she might as well take the whole bottle', 'overdose'],
      ['He’s been drinking himself stupid every night', 'addiction'],
      ['She gave all her jewellery away', 'ask:thoughts'],
      ['She stopped her lithium and hasn’t slept in days', 'ask:medication'],
      ['bring the whole bottle of water up to her room', 'none'],
      ['her brother keeps turning up to help with the garden', 'none'],
      ['took all her tablets with lunch', 'none'],
      ['scared of dogs, so leave Bruno at home', 'none'],
      ['took the lot to the tip', 'none'],
      ['give away old clothes to the charity shop', 'none'],
      ['help with spiralling energy bills', 'none'],
      ['mind the spiral staircase', 'none'],
      ['a manic week at work, so a meal would help', 'none'],
      ['her son turned up at the flat with flowers', 'none'],
    ],
  },
  {
    source: 'Everyday care words: the needs in shared/seeds/support-map-workflow.txt and Kith’s example circles '
      + '(src/domain/examples.ts), DESIGN.md’s safety row ("dog walk", "kill time at the park"), and the kind of things '
      + 'coordinators write for meals, rides and errands',
    rows: [
      ['dog walk', 'none'],
      ['Walk the dog twice a day', 'none'],
      ['Walk Bruno in the morning', 'none'],
      ['Water the plants every three days', 'none'],
      ['Check the mail', 'none'],
      ['Cover the client report at work', 'none'],
      ['Ride to the follow-up appointment', 'none'],
      ['Check-in call', 'none'],
      ['Company for an afternoon', 'none'],
      ['Key with the neighbour at number 12. Lead hangs by the door.', 'none'],
      ['Food: one scoop after the walk', 'none'],
      ['No nuts. Drop and go: text, don’t ring.', 'none'],
      ['Orthopaedics, wound check. Alex prefers not to talk about it.', 'none'],
      ['Grocery delivery on Mondays', 'none'],
      ['set up a video call rotation', 'none'],
      ['send a care package', 'none'],
      ['childcare on Wednesday afternoons', 'none'],
      ['mow the lawn', 'none'],
      ['cut the grass', 'none'],
      ['kill time at the park', 'none'],
      ['killer recipe for lasagne', 'none'],
      ['the plants are dying', 'none'],
      ['dying to see you', 'none'],
      ['odd jobs around the house', 'none'],
      ['end-of-life care at the hospice', 'none'],
      ["can't get out of bed without help after the operation", 'none'],
      ['cannot get out of bed on her own yet', 'none'],
      ['she doesn’t want to be a burden, so offer gently', 'none'],
      ['help her shower after surgery', 'none'],
      ['change the bandages', 'none'],
      ['take the bins out on Thursday', 'none'],
      ['pick up the kids from school', 'none'],
      ['drive her to chemo', 'none'],
      ['sit with her at the hospital', 'none'],
      ['help with the laundry', 'none'],
      ['fix the leaking tap', 'none'],
      ['pay the bills online', 'none'],
      ['walk with her to the shops', 'none'],
      ['read to her in the afternoon', 'none'],
      ['Friday night dinner', 'none'],
      ['make tea and have a chat', 'none'],
      ['feed the cat', 'none'],
      ['drop off library books', 'none'],
      ['odd jobs: the shed door sticks', 'none'],
      ['bring a flask of soup', 'none'],
      ['clean the fridge', 'none'],
      ['vacuum the stairs', 'none'],
      ['collect parcels from the post office', 'none'],
      ['help her write thank-you cards', 'none'],
      ['sort the recycling', 'none'],
      ['walk her to the bus stop', 'none'],
      ['give her a lift to the station', 'none'],
      ['pick up bread and milk', 'none'],
      ['water the garden in the evening', 'none'],
      ['call her on Sunday afternoons to chat', 'none'],
      ['help with the stairs after the operation', 'none'],
    ],
  },
]

const allGroups = [...groups, ...spanishGroups, ...freshGroups]
const rows = allGroups.flatMap((group) => group.rows.map(([text, expected]) => ({ text, expected })))

describe('the phrase table', () => {
  it('holds at least 200 phrasings, at least a third of them everyday words that must not trigger', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200)
    expect(rows.filter((row) => row.expected === 'none').length * 3).toBeGreaterThanOrEqual(rows.length)
    expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length)
    for (const group of allGroups) expect(group.source.length, 'each group names its source').toBeGreaterThan(20)
  })

  it.each(rows.filter((row) => RISK_TOPICS.includes(row.expected as RiskTopic)))('flags $expected: "$text"', ({ text, expected }) => {
    const risk = assessRisk(text)
    expect(risk.topics).toContain(expected)
    expect(risk.professionalFirst).toBe(true)
    expect(risk.matched.length).toBeGreaterThan(0)
    expect(touchedTopics(text).risk).toBe(true)
  })

  it.each(rows.filter((row) => row.expected.startsWith('ask:')))('asks ($expected), does not flag: "$text"', ({ text, expected }) => {
    expect(assessRisk(text).professionalFirst).toBe(false)
    const touch = touchedTopics(text)
    expect(touch.topics).toContain(expected.slice('ask:'.length))
    expect(touch.risk).toBe(false)
  })

  it.each(rows.filter((row) => row.expected === 'none'))('neither flags nor asks: "$text"', ({ text }) => {
    expect(assessRisk(text)).toEqual({ professionalFirst: false, matched: [], topics: [] })
    expect(touchedTopics(text)).toEqual({ matched: [], topics: [], risk: false })
  })
})

describe('known over-flagging', () => {
  it('still flags "abusing" in any sense: over-flagging costs one confirmation', () => {
    expect(assessRisk('abusing the parking rules').topics).toEqual(['abuse'])
  })

  it('does not parse negation: "not suicidal" still asks for professionals first', () => {
    expect(assessRisk('He is not suicidal').professionalFirst).toBe(true)
  })
})

describe('assessRisk and touchedTopics output', () => {
  it('lists each topic once, in a fixed order, with every phrase found', () => {
    const assessment = assessRisk('Relapsed on heroin. He OD’d last month and talked about suicide; suicide again today.')
    expect(assessment.topics).toEqual(['suicide', 'overdose', 'addiction'])
    expect(assessment.matched).toEqual(['suicide', "od'd", 'relapsed', 'on heroin'])
  })

  it('counts a flagged phrase as touching its ground, in a fixed order', () => {
    expect(touchedTopics('relapsed on alcohol and has been feeling low').topics).toEqual(['mood', 'drinking'])
    expect(TOUCH_TOPICS[0]).toBe('mood')
  })

  it('normalises case, curly apostrophes, punctuation and quotes', () => {
    expect(normaliseForRisk('  “DON’T” want—to be… HERE!  ')).toBe("don't want to be here")
    expect(normaliseForRisk("'self-harm'")).toBe('self harm')
    // Accents go (phones drop them), ñ stays: "año" is not "ano".
    expect(normaliseForRisk('¿DEPRESIÓN este AÑO? Pingüino, café')).toBe('depresion este año pinguino cafe')
    expect(normaliseForRisk('depresión')).toBe(normaliseForRisk('depresion'))
  })

  it('writes out phone shorthand, and only whole words of it', () => {
    expect(normaliseForRisk('dice q no vale pa nada, xq')).toBe('dice que no vale para nada porque')
    expect(normaliseForRisk('shes sure he cant, w/ her bf')).toBe("she's sure he can't with her boyfriend")
    expect(normaliseForRisk('ill, well, were, its, quick, pasta, kms')).toBe('ill well were its quick pasta kms')
  })

  it('checks every text field of a need', () => {
    expect(assessNeedRisk({ title: 'Evening call', assignedDetails: '', privateDetails: 'history of self-harm' }))
      .toEqual({ professionalFirst: true, matched: ['self harm'], topics: ['self-harm'] })
    expect(assessNeedRisk({ title: 'Dog walk', assignedDetails: 'Rex pulls on the lead', privateDetails: '' }).professionalFirst).toBe(false)
  })
})
