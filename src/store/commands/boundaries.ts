import { z } from 'zod/mini'
import { collection, deleteEntity, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { EXCLUDED_PEOPLE, OFF_LIMITS, excludedPersonValidator, offLimitsValidator } from '../schema/boundaries'
import { define, idInput } from './define'

export const boundaryCommands = {
  'excluded/add': define(() => excludedPersonValidator, (doc, person) => {
    const id = randomId()
    upsertEntity(doc, EXCLUDED_PEOPLE, id, { name: person.name.trim(), note: person.note })
    return id
  }),
  'excluded/update': define(() => z.object({ id: z.string(), fields: z.partial(excludedPersonValidator) }), (doc, { id, fields }) => {
    if (collection(doc, EXCLUDED_PEOPLE).has(id)) upsertEntity(doc, EXCLUDED_PEOPLE, id, fields)
  }),
  'excluded/remove': define(idInput, (doc, { id }) => {
    deleteEntity(doc, EXCLUDED_PEOPLE, id)
  }),
  'off-limits/add': define(() => offLimitsValidator, (doc, range) => {
    const id = randomId()
    upsertEntity(doc, OFF_LIMITS, id, range)
    return id
  }),
  'off-limits/remove': define(idInput, (doc, { id }) => {
    deleteEntity(doc, OFF_LIMITS, id)
  }),
}
