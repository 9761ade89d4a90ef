import { describe, expect, it } from 'vitest'
import type { Assignment, Boundaries, Helper, Need, NeedTiming, TaskKind, TimeSlot, Weekday } from '../../../src/domain/model'
import { helperBrief, type HelperBriefInput } from '../../../src/i18n/describeBrief'

const slot = (start: string | null, end: string | null): TimeSlot => ({ start, end, spanDays: 1 })
const everyDay: Weekday[] = [1, 2, 3, 4, 5, 6, 7]

function makeNeed(id: string, kind: TaskKind, title: string, timing: Partial<NeedTiming>, rest: Partial<Need> = {}): Need {
  return {
    id, title, kind, category: 'practical', priority: 'medium',
    timing: { recurrence: { kind: 'daily' }, slots: [slot('18:00', '19:00')], durationMinutes: 60, startDate: null, endDate: null, ...timing },
    mode: 'in-person', sensitive: false, assignedDetails: '', shareDetails: false, privateDetails: '',
    requiredTags: [], safety: { professionalFirst: false, peerConfirmed: false }, source: 'coordinator', createdAt: 0, ...rest,
  }
}

const makeHelper = (id: string, name: string, contact: string): Helper => ({ id, name, contact, relation: 'friend', tags: [], createdAt: 0 })

let nextId = 0
function series(helperId: string, needId: string, slotKey: string, weekdays: Weekday[], from: string, until: string,
  role: Assignment['role'] = 'primary', accepted = true): Assignment {
  return { id: `a${nextId++}`, needId, slotKey, weekdays, from, until, helperId, role, accepted, override: null }
}

// Names generated for the test, not the example circles'.
const sam = makeHelper('h-sam', 'Sam Okafor', 'sam.okafor@example.org')
const priya = makeHelper('h-priya', 'Priya Lindqvist', '+44 7700 900123')
const circle: HelperBriefInput['circle'] = {
  recipientName: 'Alex Moreau',
  publicSummary: 'Alex is recovering from surgery and needs some practical support.',
  coordinator: { name: 'Jordan', contact: '+1 555 0100' },
  crisisResources: [{ id: 'c1', name: 'Crisis line', contact: 'tel:116123' }],
  timeZone: 'Europe/Berlin',
  endDate: '2026-12-24',
}
// What the recipient asked: Marco must not be involved. Only the coordinator's map holds it.
const boundaries: Boundaries = { excludedPeople: [{ id: 'x1', name: 'Marco', note: 'Never share plans with Marco' }], offLimits: [] }

const dinner = makeNeed('n-dinner', 'meal', 'Bring dinner', { recurrence: { kind: 'weekly', weekdays: [2, 4] } }, {
  assignedDetails: 'Flat 3, ring twice', shareDetails: true, privateDetails: 'Marco must not learn the address',
})
const ride = makeNeed('n-ride', 'ride', 'Ride to the follow-up appointment',
  { recurrence: { kind: 'once', date: '2026-12-09' }, slots: [slot('10:00', '12:00')], durationMinutes: 120 },
  { priority: 'high', assignedDetails: 'Clinic entrance B', shareDetails: true, privateDetails: 'Oncology follow-up' })
const evening = makeNeed('n-call', 'call', 'Evening call', { slots: [slot('21:00', '21:30')], durationMinutes: 30 }, {
  category: 'emotional', sensitive: true, shareDetails: true,
  assignedDetails: 'Ask how the new medication is going', privateDetails: `Low mood since ${boundaries.excludedPeople[0].name} left`,
})
const dog = makeNeed('n-dog', 'dog-walk', 'Dog walk', { recurrence: { kind: 'weekly', weekdays: [6] }, slots: [slot('08:00', '09:00')] }, {
  assignedDetails: 'Key under the blue pot', shareDetails: false, privateDetails: 'Neighbour complained',
})
const needs = [dinner, ride, evening, dog]

const assignments: Assignment[] = [
  series(sam.id, dog.id, '08:00', [6], '2026-12-05', '2026-12-19'),
  series(sam.id, evening.id, '21:00', [5, 6, 7], '2026-12-14', '2026-12-24'),
  series(sam.id, evening.id, '21:00', [1, 2, 3, 4], '2026-12-01', '2026-12-24'),
  series(sam.id, ride.id, '10:00', [3], '2026-12-09', '2026-12-09', 'backup'),
  series(sam.id, dinner.id, '18:00', [2, 4], '2026-12-01', '2026-12-24'),
  series(sam.id, dinner.id, '18:00', [1], '2026-12-01', '2026-12-24', 'primary', false),
  series(priya.id, ride.id, '10:00', [3], '2026-12-09', '2026-12-09'),
  series(priya.id, evening.id, '21:00', [5, 6, 7], '2026-12-01', '2026-12-13'),
  series(priya.id, dinner.id, '18:00', [1, 3], '2026-12-01', '2026-12-24'),
  series(priya.id, 'n-gone', '18:00', everyDay, '2026-12-01', '2026-12-24'),
]

const samBrief = helperBrief({ circle, helper: sam, needs, assignments })

describe('helperBrief: tasks', () => {
  it('holds only this helper’s accepted series, by need then from-date', () => {
    expect(samBrief.tasks.map((t) => [t.needId, t.role])).toEqual([
      [dinner.id, 'primary'], [ride.id, 'backup'], [evening.id, 'primary'], [evening.id, 'primary'], [dog.id, 'primary'],
    ])
  })

  it.each([
    [0, 'You\'ll bring a meal (“Bring dinner”) every Tue and Thu, 18:00–19:00, from 1 December until 24 December.'],
    [1, 'You\'re the backup for “Ride to the follow-up appointment” on Wednesday 9 December, 10:00–12:00: Jordan will ask you if it\'s needed.'],
    [2, 'You\'ll call Alex (“Evening call”) every Mon–Thu, 21:00–21:30, from 1 December until 24 December.'],
    [3, 'You\'ll call Alex (“Evening call”) every Fri–Sun, 21:00–21:30, from 14 December until 24 December.'],
    // A title that only repeats the kind is left out.
    [4, 'You\'ll walk the dog every Sat, 08:00–09:00, from 5 December until 19 December.'],
  ])('task %i reads: %s', (index, sentence) => {
    expect(samBrief.tasks[index].sentence).toBe(sentence)
  })

  it('has a sentence for every kind of task', () => {
    const kinds: Array<[TaskKind, string]> = [
      ['meal', 'bring a meal'], ['ride', 'give a ride'], ['errand', 'run an errand'], ['dog-walk', 'walk the dog'],
      ['plant-watering', 'water the plants'], ['mail', 'check the mail'], ['call', 'call Alex'], ['visit', 'visit Alex'],
      ['reminder', 'send a reminder'], ['accompaniment', 'go along to an appointment'], ['other', 'help'],
    ]
    for (const [kind, verb] of kinds) {
      const need = makeNeed('n1', kind, 'Thursday task', {})
      const brief = helperBrief({ circle, helper: sam, needs: [need], assignments: [series(sam.id, 'n1', '18:00', [4], '2026-12-01', '2026-12-24')] })
      expect(brief.tasks[0].sentence).toBe(`You'll ${verb} (“Thursday task”) every Thu, 18:00–19:00, from 1 December until 24 December.`)
    }
  })

  it('says "until" for series already running when today is given', () => {
    const brief = helperBrief({ circle, helper: sam, needs, assignments, today: '2026-12-02' })
    expect(brief.tasks[0].sentence).toBe('You\'ll bring a meal (“Bring dinner”) every Tue and Thu, 18:00–19:00, until 24 December.')
  })
})

describe('helperBrief: privacy', () => {
  it.each([
    ['shared assigned details reach the primary', 0, 'Flat 3, ring twice'],
    ['a backup does not get them until activated', 1, null],
    ['a sensitive need shows title and time only, even when shared', 2, null],
    ['unshared details stay out', 4, null],
  ])('%s', (_, index, details) => {
    expect(samBrief.tasks[index].details).toBe(details)
  })

  it('leaves out blank assigned details', () => {
    const blank = { ...dinner, assignedDetails: '  ' }
    const brief = helperBrief({ circle, helper: sam, needs: [blank], assignments })
    expect(brief.tasks[0].details).toBeNull()
  })

  const forbidden = [
    ...needs.map((n) => ['private details', n.privateDetails]),
    ['a sensitive need’s assigned details', evening.assignedDetails],
    ['unshared assigned details', dog.assignedDetails],
    ['another helper’s name', 'Priya'],
    ['another helper’s surname', 'Lindqvist'],
    ['another helper’s contact', priya.contact],
    ['the excluded person', boundaries.excludedPeople[0].name],
    ['the boundary note', boundaries.excludedPeople[0].note],
  ]
  it.each(forbidden)('the text never holds %s (%s)', (_, words) => {
    expect(samBrief.text).not.toContain(words)
    expect(JSON.stringify(samBrief)).not.toContain(words)
  })

  it('never calls anyone a patient or a case', () => {
    for (const helper of [sam, priya]) {
      expect(helperBrief({ circle, helper, needs, assignments }).text).not.toMatch(/\b(patient|case)\b/i)
    }
  })
})

describe('helperBrief: the message', () => {
  it('greets the helper, quotes the summary and says how to change', () => {
    expect(samBrief.greeting).toBe('Hi Sam,')
    expect(samBrief.summary).toBe(circle.publicSummary)
    expect(samBrief.howToChange).toBe("If you need to swap a day or can't make it, contact Jordan (+1 555 0100), not Alex.")
    expect(samBrief.crisisResources).toEqual(circle.crisisResources)
    expect(samBrief.timeZoneNote).toBe("Times are Alex's local time (Europe/Berlin).")
    expect(samBrief.noTasksNote).toBeNull()
  })

  it('leaves the contact out when the coordinator has none', () => {
    const brief = helperBrief({ circle: { ...circle, coordinator: { name: 'Jordan', contact: '' } }, helper: sam, needs, assignments })
    expect(brief.howToChange).toBe("If you need to swap a day or can't make it, contact Jordan, not Alex.")
  })

  it('builds the text from the parts, in order', () => {
    const parts = [
      samBrief.greeting, samBrief.summary, samBrief.tasks[0].sentence, 'Flat 3, ring twice',
      ...samBrief.tasks.slice(1).map((t) => t.sentence),
      samBrief.timeZoneNote!, samBrief.howToChange, 'Crisis line: tel:116123',
    ]
    const positions = parts.map((part) => samBrief.text.indexOf(part))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('thanks a helper who has nothing assigned yet', () => {
    const brief = helperBrief({ circle, helper: makeHelper('h-new', 'Robin', 'robin@example.org'), needs, assignments })
    expect(brief.tasks).toEqual([])
    expect(brief.noTasksNote).toBe("Jordan hasn't given you a task yet. Thank you for offering.")
    expect(brief.timeZoneNote).toBeNull()
    expect(brief.text).toBe([
      'Hi Robin,', circle.publicSummary, "Jordan hasn't given you a task yet. Thank you for offering.", brief.howToChange,
      "If you're ever worried about Alex's safety, or your own, reach out straight away:\n• Crisis line: tel:116123",
    ].join('\n\n'))
  })

  it('is the same for the same input', () => {
    expect(helperBrief({ circle, helper: sam, needs, assignments: [...assignments].reverse() })).toEqual(samBrief)
  })
})
