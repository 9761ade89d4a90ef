/**
 * A helper's brief: what one helper is told, as Phrases in the words they receive ("Hi Sam, … You'll
 * bring a meal every Tue and Thu … contact Jordan, not Alex.").
 *
 * Privacy rule — the brief is written into the helper's own document and copied into chats,
 * so it is built only from what that helper may read (DESIGN.md, "Roles and documents"):
 * - the circle's public summary (verbatim), the recipient's first name, the coordinator's
 *   name and contact, the crisis resources;
 * - of each need this helper holds an accepted series of: its kind, title and timing, and its
 *   `assignedDetails` only when `shareDetails` is on and the need is not `sensitive`
 *   (a sensitive need shows its title and time only, whatever `shareDetails` says), and only
 *   to the primary: a backup learns them when the coordinator activates them;
 * - never `privateDetails`, boundaries, other helpers, or series of other helpers.
 * Nothing here takes those as input, so they cannot leak by mistake.
 * The whole brief as one message (to copy into a chat) is rendered by src/i18n/describe.ts's `briefText`.
 */
import type { Assignment, AssignmentRole, Circle, CrisisResource, Helper, LocalDate, Need, TaskKind } from './model'
import { seriesPhrase } from './describeSeries'
import { phrase, type Phrase, type PhraseValue } from './phrase'
import { compareText } from './compareText'

export interface BriefTask {
  needId: string
  role: AssignmentRole
  sentence: Phrase
  /** The need's assigned details (door code, address…), when the coordinator shares them. */
  details: string | null
}

export interface HelperBrief {
  /** "Hi Sam," */
  greeting: Phrase
  /** The circle's public summary, verbatim. */
  summary: string
  /** This helper's accepted series, by need (in the order given) then from-date. */
  tasks: BriefTask[]
  /** In the tasks' place when there are none: "Jordan hasn't given you a task yet. …" */
  noTasksNote: Phrase | null
  /** "Times are Alex's local time (Europe/Berlin)." when there are tasks. */
  timeZoneNote: Phrase | null
  /** "If you need to swap a day or can't make it, contact Jordan (+1 555 0100), not Alex." */
  howToChange: Phrase
  /** Who to worry about, for the crisis lines' introduction. */
  recipient: PhraseValue
  crisisResources: CrisisResource[]
}

export interface HelperBriefInput {
  circle: Pick<Circle, 'recipientName' | 'publicSummary' | 'coordinator' | 'crisisResources' | 'timeZone' | 'endDate'>
  helper: Helper
  needs: readonly Need[]
  /** All accepted series of the circle; only this helper's accepted ones are used. */
  assignments: readonly Assignment[]
  /** When given, series already running read "until …" rather than "1 to 24 December". */
  today?: LocalDate
}

/**
 * The English words a title may only repeat ("Dog walk" for a dog walk): such a title adds
 * nothing after the verb. Titles are compared in English only; in another language a title
 * that repeats the kind is shown, in quotes, which is only redundant.
 */
const KIND_ECHOES: Record<TaskKind, readonly string[]> = {
  meal: ['meal', 'bring a meal'], ride: ['ride', 'give a ride'], errand: ['errand', 'run an errand'],
  'dog-walk': ['dog walk', 'walk the dog'], 'plant-watering': ['watering plants', 'water the plants'],
  mail: ['mail', 'check the mail'], call: ['phone call', 'call'], visit: ['visit'], reminder: ['reminder', 'send a reminder'],
  accompaniment: ['going along to an appointment', 'go along to an appointment'], other: ['something else', 'help'],
}

const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? ''
const normalised = (text: string) => text.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** The title goes in quotes after the verb unless it only repeats the kind ("Dog walk"). */
function titleAddsInformation(need: Need): boolean {
  const title = normalised(need.title)
  return title !== '' && !KIND_ECHOES[need.kind].includes(title)
}

function detailsFor(need: Need): string | null {
  if (need.sensitive || !need.shareDetails) return null
  const details = need.assignedDetails.trim()
  return details === '' ? null : details
}

export function helperBrief(input: HelperBriefInput): HelperBrief {
  const { circle, helper, needs } = input
  const recipient: PhraseValue = firstName(circle.recipientName) || phrase('words.brief.theRecipient')
  const coordinatorName = circle.coordinator.name.trim()
  const coordinatorFirst = firstName(circle.coordinator.name)
  const seriesOptions = { today: input.today }
  const needIndex = new Map(needs.map((need, index) => [need.id, index]))

  const series = input.assignments
    .filter((a) => a.helperId === helper.id && a.accepted && needIndex.has(a.needId))
    .sort((a, b) => needIndex.get(a.needId)! - needIndex.get(b.needId)!
      || compareText(a.from, b.from) || (a.role === b.role ? 0 : a.role === 'primary' ? -1 : 1)
      || compareText(a.slotKey, b.slotKey) || compareText(a.id, b.id))

  const tasks = series.map((assignment): BriefTask => {
    const need = needs[needIndex.get(assignment.needId)!]
    const when = seriesPhrase(assignment, need, seriesOptions)
    if (assignment.role === 'backup') {
      return {
        needId: need.id, role: 'backup', details: null,
        sentence: coordinatorFirst
          ? phrase('words.brief.backup', { title: need.title.trim(), when, coordinator: coordinatorFirst })
          : phrase('words.brief.backupUnnamed', { title: need.title.trim(), when }),
      }
    }
    const verb = phrase(`words.brief.verb.${need.kind}`, { recipient })
    const what = titleAddsInformation(need) ? phrase('words.brief.verbWithTitle', { verb, title: need.title.trim() }) : verb
    return { needId: need.id, role: 'primary', details: detailsFor(need), sentence: phrase('words.brief.primary', { what, when }) }
  })

  const contact = circle.coordinator.contact.trim()
  const coordinator: PhraseValue = coordinatorName || phrase('words.brief.theCoordinator')
  return {
    greeting: firstName(helper.name) ? phrase('words.brief.greeting', { name: firstName(helper.name) }) : phrase('words.brief.greetingNoName'),
    summary: circle.publicSummary,
    tasks,
    noTasksNote: tasks.length > 0 ? null
      : coordinatorFirst ? phrase('words.brief.noTasks', { coordinator: coordinatorFirst }) : phrase('words.brief.noTasksUnnamed'),
    timeZoneNote: tasks.length > 0 ? phrase('words.brief.timeZone', { recipient, zone: circle.timeZone }) : null,
    howToChange: contact
      ? phrase('words.brief.howToChangeContact', { coordinator, contact, recipient })
      : phrase('words.brief.howToChange', { coordinator, recipient }),
    recipient,
    crisisResources: circle.crisisResources.map((r) => ({ ...r })),
  }
}
