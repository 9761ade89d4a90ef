/**
 * A helper's brief: what one helper is told, in the words they receive ("Hi Sam, … You'll
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
 */
import type { Assignment, AssignmentRole, Circle, CrisisResource, Helper, LocalDate, Need, TaskKind } from './model'
import { taskKindLabel } from './describe'
import { describeSeries } from './describeSeries'

export interface BriefTask {
  needId: string
  role: AssignmentRole
  sentence: string
  /** The need's assigned details (door code, address…), when the coordinator shares them. */
  details: string | null
}

export interface HelperBrief {
  /** "Hi Sam," */
  greeting: string
  /** The circle's public summary, verbatim. */
  summary: string
  /** This helper's accepted series, by need (in the order given) then from-date. */
  tasks: BriefTask[]
  /** In the tasks' place when there are none: "Jordan hasn't given you a task yet. …" */
  noTasksNote: string | null
  /** "Times are Alex's local time (Europe/Berlin)." when there are tasks. */
  timeZoneNote: string | null
  /** "If you need to swap a day or can't make it, contact Jordan (+1 555 0100), not Alex." */
  howToChange: string
  crisisResources: CrisisResource[]
  /** The whole brief as one plain-text message, built from the parts above. */
  text: string
}

export interface HelperBriefInput {
  circle: Pick<Circle, 'recipientName' | 'publicSummary' | 'coordinator' | 'crisisResources' | 'timeZone' | 'endDate'>
  helper: Helper
  needs: readonly Need[]
  /** All accepted series of the circle; only this helper's accepted ones are used. */
  assignments: readonly Assignment[]
  locale?: string
  /** When given, series already running read "until …" rather than "1 to 24 December". */
  today?: LocalDate
}

const KIND_VERBS: Record<TaskKind, (recipient: string) => string> = {
  meal: () => 'bring a meal',
  ride: () => 'give a ride',
  errand: () => 'run an errand',
  'dog-walk': () => 'walk the dog',
  'plant-watering': () => 'water the plants',
  mail: () => 'check the mail',
  call: (recipient) => `call ${recipient}`,
  visit: (recipient) => `visit ${recipient}`,
  reminder: () => 'send a reminder',
  accompaniment: () => 'go along to an appointment',
  other: () => 'help',
}

const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? ''
const quoted = (title: string) => `“${title.trim()}”`
const normalised = (text: string) => text.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** The title goes in quotes after the verb unless it only repeats the kind ("Dog walk"). */
function titleAddsInformation(need: Need, verb: string): boolean {
  const title = normalised(need.title)
  return title !== '' && title !== normalised(taskKindLabel(need.kind)) && title !== normalised(verb)
}

function detailsFor(need: Need): string | null {
  if (need.sensitive || !need.shareDetails) return null
  const details = need.assignedDetails.trim()
  return details === '' ? null : details
}

export function helperBrief(input: HelperBriefInput): HelperBrief {
  const { circle, helper, needs } = input
  const recipient = firstName(circle.recipientName) || "the person you're supporting"
  const coordinatorName = circle.coordinator.name.trim() || 'the coordinator'
  const coordinatorFirst = firstName(circle.coordinator.name) || 'the coordinator'
  const seriesOptions = { locale: input.locale, today: input.today }
  const needIndex = new Map(needs.map((need, index) => [need.id, index]))

  const series = input.assignments
    .filter((a) => a.helperId === helper.id && a.accepted && needIndex.has(a.needId))
    .sort((a, b) => needIndex.get(a.needId)! - needIndex.get(b.needId)!
      || a.from.localeCompare(b.from) || (a.role === b.role ? 0 : a.role === 'primary' ? -1 : 1)
      || a.slotKey.localeCompare(b.slotKey) || a.id.localeCompare(b.id))

  const tasks = series.map((assignment): BriefTask => {
    const need = needs[needIndex.get(assignment.needId)!]
    const when = describeSeries(assignment, need, seriesOptions)
    if (assignment.role === 'backup') {
      return {
        needId: need.id, role: 'backup', details: null,
        sentence: `You're the backup for ${quoted(need.title)} ${when}: ${coordinatorFirst} will ask you if it's needed.`,
      }
    }
    const verb = KIND_VERBS[need.kind](recipient)
    const what = titleAddsInformation(need, verb) ? `${verb} (${quoted(need.title)})` : verb
    return { needId: need.id, role: 'primary', details: detailsFor(need), sentence: `You'll ${what} ${when}.` }
  })

  const contact = circle.coordinator.contact.trim()
  const howToChange = `If you need to swap a day or can't make it, contact ${coordinatorName}${contact ? ` (${contact})` : ''}, not ${recipient}.`
  const brief: Omit<HelperBrief, 'text'> = {
    greeting: firstName(helper.name) ? `Hi ${firstName(helper.name)},` : 'Hi,',
    summary: circle.publicSummary,
    tasks,
    noTasksNote: tasks.length === 0 ? `${capitalise(coordinatorFirst)} hasn't given you a task yet. Thank you for offering.` : null,
    timeZoneNote: tasks.length > 0 ? `Times are ${recipient}'s local time (${circle.timeZone}).` : null,
    howToChange,
    crisisResources: circle.crisisResources.map((r) => ({ ...r })),
  }
  return { ...brief, text: briefText(brief, recipient) }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function briefText(brief: Omit<HelperBrief, 'text'>, recipient: string): string {
  const taskLines = brief.tasks.map((task) => task.details ? `• ${task.sentence}\n  ${task.details}` : `• ${task.sentence}`)
  const crisis = brief.crisisResources.length === 0 ? null : [
    `If you're ever worried about ${recipient}'s safety, or your own, reach out straight away:`,
    ...brief.crisisResources.map((r) => `• ${r.name}: ${r.contact}`),
  ].join('\n')
  return [
    brief.greeting,
    brief.summary.trim() || null,
    brief.noTasksNote ?? [...taskLines, brief.timeZoneNote].join('\n'),
    brief.howToChange,
    crisis,
  ].filter((part): part is string => part !== null).join('\n\n')
}
