import type { Assignment, Circle, Helper, Need, TaskKind } from './model'
import { joinWithAnd } from './describe'

const WHAT_THEY_DID: Record<TaskKind, string> = {
  meal: 'the meals', ride: 'the rides', errand: 'the errands', 'dog-walk': 'walking the dog',
  'plant-watering': 'watering the plants', mail: 'checking the mail', call: 'the calls', visit: 'the visits',
  reminder: 'the reminders', accompaniment: 'going along to appointments', other: 'your help',
}

/** A drafted thank-you note for a helper, naming what they did in plain words. */
export function thankYouNote(input: {
  helper: Pick<Helper, 'id' | 'name'>
  circle: Pick<Circle, 'recipientName' | 'coordinator'>
  needs: readonly Need[]
  assignments: readonly Assignment[]
}): string {
  const needIds = new Set(input.assignments.filter((a) => a.helperId === input.helper.id).map((a) => a.needId))
  const deeds = [...new Set(input.needs.filter((n) => needIds.has(n.id)).map((n) => WHAT_THEY_DID[n.kind]))]
  const what = deeds.length === 0 ? 'offering to help' : joinWithAnd(deeds)
  const signature = input.circle.coordinator.name ? `\n\n${input.circle.coordinator.name}` : ''
  return `Dear ${input.helper.name},\n\nThank you for ${what}. It made a real difference to ${input.circle.recipientName}, and it meant nobody had to carry it alone.${signature}`
}
