import { describe, expect, it } from 'vitest'
import { assessNeedRisk, assessRisk, normaliseForRisk, RISK_TOPICS, type RiskTopic } from '../../../src/domain/safety'

describe('assessRisk flags', () => {
  it.each<[RiskTopic, string]>([
    ['suicide', 'She has been having suicidal thoughts'],
    ['suicide', 'SUICIDE risk mentioned by the GP'],
    ['suicide', 'talked about suicide last week'],
    ['suicide', 'said he wants to kill himself'],
    ['suicide', 'I might kill myself'],
    ['suicide', 'wants to end her life'],
    ['suicide', 'thinking of ending his own life'],
    ['suicide', 'tried to take his own life in 2019'],
    ['suicide', 'I just want to end it all'],
    ['suicide', 'I don’t want to be here anymore'],
    ['suicide', "doesn't want to be alive"],
    ['suicide', 'dont want to live any more'],
    ['suicide', 'she no longer wants to live anymore'],
    ['suicide', 'says she wants to die'],
    ['suicide', 'I wanted to die'],
    ['suicide', 'wishes he was dead'],
    ['suicide', 'everyone would be better off without me'],
    ['suicide', 'feels there is nothing left to live for'],
    ['suicide', "can't go on like this"],
    ['self-harm', 'history of self-harm'],
    ['self-harm', 'Self Harm'],
    ['self-harm', 'selfharming again'],
    ['self-harm', 'self-injury scars'],
    ['self-harm', 'has been cutting herself'],
    ['self-harm', 'she cut her wrists'],
    ['self-harm', 'I want to hurt myself'],
    ['self-harm', 'she hurts herself when she is upset'],
    ['self-harm', 'cut myself again'],
    ['self-harm', 'worried he is harming himself'],
    ['overdose', 'overdose last year'],
    ['overdose', 'he overdosed in March'],
    ['overdose', 'She OD’d twice'],
    ['overdose', "he OD'ed on the weekend"],
    ['overdose', 'nearly OD on Friday'],
    ['overdose', 'took too many pills'],
    ['overdose', 'has taken too many of her sleeping pills'],
    ['overdose', 'swallowed a handful of tablets'],
    ['severe-depression', 'severe depression since the funeral'],
    ['severe-depression', 'Major Depressive Disorder'],
    ['severe-depression', 'in a deep depression'],
    ['severe-depression', 'clinically depressed'],
    ['severe-depression', "can't get out of bed most days"],
    ['severe-depression', 'hasn’t got out of bed for a week'],
    ['severe-depression', 'stays in bed all day'],
    ['severe-depression', 'feeling completely hopeless'],
    ['addiction', 'struggling with addiction'],
    ['addiction', 'is an addict'],
    ['addiction', 'addicted to painkillers'],
    ['addiction', 'relapsed on alcohol'],
    ['addiction', 'after two years sober he relapsed'],
    ['addiction', 'worried about a drinking relapse'],
    ['addiction', 'she is an alcoholic'],
    ['addiction', 'alcoholism runs in the family'],
    ['addiction', 'has been drinking too much'],
    ['addiction', 'drinking heavily since the divorce'],
    ['addiction', 'started using drugs again'],
    ['addiction', "he's using again"],
    ['addiction', 'smoking crack'],
    ['addiction', 'drug problem'],
    ['addiction', 'substance abuse'],
    ['addiction', 'going through withdrawal'],
    ['addiction', 'alcohol withdrawal'],
    ['addiction', 'withdrawal symptoms at night'],
    ['addiction', 'just out of detox'],
    ['addiction', 'ride to AA meetings'],
    ['abuse', 'emotionally abusive partner'],
    ['abuse', 'she was abused as a child'],
    ['abuse', 'domestic violence'],
    ['abuse', 'Domestic abuse'],
    ['abuse', 'My husband hits me'],
    ['abuse', 'he hit me last night'],
    ['abuse', 'her boyfriend beats her'],
    ['abuse', 'my ex threatened me'],
    ['abuse', 'I’m afraid of my partner'],
    ['abuse', 'she is scared of her husband'],
    ['abuse', 'coercive control'],
    ['abuse', 'has a restraining order against him'],
    ['abuse', 'was sexually assaulted'],
    ['abuse', 'elder abuse by a carer'],
  ])('%s: "%s"', (topic, text) => {
    const assessment = assessRisk(text)
    expect(assessment.topics).toContain(topic)
    expect(assessment.professionalFirst).toBe(true)
    expect(assessment.matched.length).toBeGreaterThan(0)
  })
})

describe('assessRisk does not flag', () => {
  it.each([
    'dog walk',
    'Walk the dog twice a day',
    'kill time at the park',
    'killer recipe for lasagne',
    'drop off pills from the pharmacy',
    'pick up her prescription drugs from the chemist',
    'taking drugs for blood pressure',
    'cut the grass',
    'the plants are dying',
    'dying to see you',
    'depressing weather',
    'feeling a bit depressed after the surgery',
    'recovering from depression, would love company',
    'odd jobs around the house',
    'end-of-life care at the hospice',
    'the cancer relapsed in spring',
    'relapse of MS, needs rides to the clinic',
    'cash withdrawal at the bank',
    'withdrawal from the savings account',
    'juice detox recipes',
    'digital detox weekend',
    'physical rehab after knee surgery',
    'hit me up when you can help',
    'this song really hits me',
    'I cut myself shaving',
    'took all her pills with breakfast',
    'she fell and hurt herself, needs help with shopping',
    'hurt himself lifting boxes',
    'cut herself on a broken glass',
    'cut myself while cooking',
    "can't get out of bed without help after the operation",
    'cannot get out of bed on her own yet',
    'he is on drugs for the pain, please bring water',
    'a tropical storm',
  ])('"%s"', (text) => {
    expect(assessRisk(text)).toEqual({ professionalFirst: false, matched: [], topics: [] })
  })

  it('still flags "abusing" in any sense: over-flagging costs one confirmation', () => {
    expect(assessRisk('abusing the parking rules').topics).toEqual(['abuse'])
  })

  it('does not parse negation: "not suicidal" still asks for professionals first', () => {
    expect(assessRisk('He is not suicidal').professionalFirst).toBe(true)
  })
})

describe('assessRisk output', () => {
  it('lists each topic once, in a fixed order, with every phrase found', () => {
    const assessment = assessRisk('Relapsed on heroin. He OD’d last month and talked about suicide; suicide again today.')
    expect(assessment.topics).toEqual(['suicide', 'overdose', 'addiction'])
    expect(assessment.matched).toEqual(['suicide', "od'd", 'relapsed', 'on heroin'])
    expect(RISK_TOPICS).toEqual(['suicide', 'self-harm', 'overdose', 'severe-depression', 'addiction', 'abuse'])
  })

  it('normalises case, curly apostrophes, punctuation and quotes', () => {
    expect(normaliseForRisk('  “DON’T” want—to be… HERE!  ')).toBe("don't want to be here")
    expect(normaliseForRisk("'self-harm'")).toBe('self harm')
  })

  it('checks every text field of a need', () => {
    expect(assessNeedRisk({ title: 'Evening call', assignedDetails: '', privateDetails: 'history of self-harm' }))
      .toEqual({ professionalFirst: true, matched: ['self harm'], topics: ['self-harm'] })
    expect(assessNeedRisk({ title: 'Dog walk', assignedDetails: 'Rex pulls on the lead', privateDetails: '' }).professionalFirst).toBe(false)
  })
})
