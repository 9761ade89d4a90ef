import type { Assignment, Circle, Helper, Need } from './model'
import { listValue, phrase, type Phrase } from './phrase'

/** A drafted thank-you note for a helper, naming what they did in plain words (ids `words.thanks.*`). */
export function thankYouNote(input: {
  helper: Pick<Helper, 'id' | 'name'>
  circle: Pick<Circle, 'recipientName' | 'coordinator'>
  needs: readonly Need[]
  assignments: readonly Assignment[]
}): Phrase {
  const needIds = new Set(input.assignments.filter((a) => a.helperId === input.helper.id).map((a) => a.needId))
  const kinds = [...new Set(input.needs.filter((n) => needIds.has(n.id)).map((n) => n.kind))]
  const what = kinds.length === 0 ? phrase('words.thanks.offering') : listValue(kinds.map((kind) => phrase(`words.thanks.did.${kind}`)))
  const values = { name: input.helper.name, what, recipient: input.circle.recipientName }
  return input.circle.coordinator.name
    ? phrase('words.thanks.noteSigned', { ...values, coordinator: input.circle.coordinator.name })
    : phrase('words.thanks.note', values)
}
