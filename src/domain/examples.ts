import { addDays, daysBetween, weekdayOf } from './dates'
import type { LocalDate, LocalTime, Need, NeedTiming, Recurrence, RiskAnswer, Weekday } from './model'

/**
 * The two scenarios Kith grew from (shared/seeds/support-map-workflow.txt), as ready
 * circles dated from `today`. They are ordinary circles once loaded.
 */
export type ExampleName = 'maria' | 'alex'

export type ExampleNeed = Omit<Need, 'id' | 'safety' | 'source' | 'createdAt'> & { riskAnswer: RiskAnswer }

export interface ExampleCircle {
  profile: {
    recipientName: string
    publicSummary: string
    timeZone: string
    startDate: LocalDate
    endDate: LocalDate
    coordinator: { name: string; contact: string }
  }
  crisisResources: Array<{ name: string; contact: string }>
  needs: ExampleNeed[]
  excludedPeople: Array<{ name: string; note: string }>
  offLimits: Array<{ weekday: Weekday; start: LocalTime; end: LocalTime }>
}

const crisisLine = { name: 'Crisis line (24 hours)', contact: '988' }

function timing(recurrence: Recurrence, slots: Array<[LocalTime | null, LocalTime | null]>, durationMinutes: number, extra: Partial<NeedTiming> = {}): NeedTiming {
  return {
    recurrence,
    slots: slots.map(([start, end]) => ({ start, end, spanDays: 1 })),
    durationMinutes,
    startDate: null,
    endDate: null,
    ...extra,
  }
}

/** The example's coordinator has already asked the safety question: nothing here involves a risk to safety. */
function need(fields: Partial<ExampleNeed> & Pick<ExampleNeed, 'title' | 'kind' | 'category' | 'timing'>): ExampleNeed {
  return {
    riskAnswer: 'no', priority: 'medium', mode: 'in-person', sensitive: false, assignedDetails: '', shareDetails: false,
    privateDetails: '', requiredTags: [], ...fields,
  }
}

function maria(today: LocalDate, timeZone: string): ExampleCircle {
  const end = addDays(today, 13)
  // The urgent work task is due by the first Friday at least two days away.
  let friday = addDays(today, 2)
  while (weekdayOf(friday) !== 5) friday = addDays(friday, 1)
  return {
    profile: {
      recipientName: 'Maria',
      publicSummary: 'Maria is away for two weeks for a family emergency and needs some practical help at home.',
      timeZone, startDate: today, endDate: end,
      coordinator: { name: 'Priya', contact: '+1 555 0100' },
    },
    crisisResources: [crisisLine],
    needs: [
      need({ title: 'Walk Bruno in the morning', kind: 'dog-walk', category: 'practical', priority: 'high',
        timing: timing({ kind: 'daily' }, [['07:00', '09:00']], 30),
        assignedDetails: 'Key with the neighbour at number 12. Lead hangs by the door.', shareDetails: true }),
      need({ title: 'Walk Bruno in the evening', kind: 'dog-walk', category: 'practical', priority: 'high',
        timing: timing({ kind: 'daily' }, [['18:00', '20:00']], 30),
        assignedDetails: 'Key with the neighbour at number 12. Food: one scoop after the walk.', shareDetails: true }),
      need({ title: 'Water the plants', kind: 'plant-watering', category: 'practical', priority: 'medium',
        timing: timing({ kind: 'every-n-days', interval: 3 }, [[null, null]], 20) }),
      need({ title: 'Cover the client report at work', kind: 'errand', category: 'practical', priority: 'high', mode: 'remote',
        timing: {
          ...timing({ kind: 'once', date: today }, [], 180),
          slots: [{ start: '09:00', end: '17:00', spanDays: daysBetween(today, friday) + 1 }],
        } }),
      need({ title: 'Check the mail', kind: 'mail', category: 'practical', priority: 'low',
        timing: timing({ kind: 'weekly', weekdays: [1, 3, 5] }, [[null, null]], 15) }),
      need({ title: 'A 10-minute call to vent', kind: 'call', category: 'emotional', priority: 'high', mode: 'remote',
        timing: timing({ kind: 'daily' }, [['19:00', '22:00']], 10) }),
    ],
    excludedPeople: [{ name: 'Marco', note: 'Her brother; they are estranged. Please don’t tell him anything.' }],
    offLimits: [],
  }
}

function alex(today: LocalDate, timeZone: string): ExampleCircle {
  const end = addDays(today, 41)
  const everyDay: Weekday[] = [1, 2, 3, 4, 5, 6, 7]
  return {
    profile: {
      recipientName: 'Alex',
      publicSummary: 'Alex is recovering from surgery and needs some practical support.',
      timeZone, startDate: today, endDate: end,
      coordinator: { name: 'Jordan', contact: 'jordan@example.org' },
    },
    crisisResources: [crisisLine, { name: 'Alex’s surgery ward', contact: '+1 555 0199' }],
    needs: [
      need({ title: 'Bring dinner', kind: 'meal', category: 'practical', priority: 'high',
        timing: timing({ kind: 'weekly', weekdays: [2, 4] }, [['18:00', '19:00']], 30, { endDate: addDays(today, 27) }),
        assignedDetails: 'No nuts. Drop and go: text, don’t ring.', shareDetails: true }),
      need({ title: 'Ride to the follow-up appointment', kind: 'ride', category: 'medical', priority: 'high',
        timing: timing({ kind: 'dates', dates: [addDays(today, 7), addDays(today, 21), addDays(today, 35)] }, [['13:00', '16:00']], 120),
        sensitive: true, privateDetails: 'Orthopaedics, wound check. Alex prefers not to talk about it.' }),
      need({ title: 'Check-in call', kind: 'call', category: 'emotional', priority: 'medium', mode: 'remote',
        timing: timing({ kind: 'daily' }, [['17:00', '20:00']], 15) }),
      need({ title: 'Medication reminder', kind: 'reminder', category: 'medical', priority: 'high', mode: 'remote',
        timing: timing({ kind: 'daily' }, [['08:00', '09:00']], 5),
        sensitive: true, privateDetails: 'Painkillers with breakfast for the first three weeks.' }),
      need({ title: 'Company for an afternoon', kind: 'visit', category: 'emotional', priority: 'low',
        timing: timing({ kind: 'weekly', weekdays: [6] }, [['14:00', '18:00']], 120) }),
    ],
    excludedPeople: [],
    offLimits: everyDay.map((weekday) => ({ weekday, start: '00:00', end: '10:00' })),
  }
}

export function exampleCircle(name: ExampleName, today: LocalDate, timeZone: string): ExampleCircle {
  return name === 'maria' ? maria(today, timeZone) : alex(today, timeZone)
}
