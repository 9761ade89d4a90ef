import { z } from 'zod'
import * as Y from 'yjs'
import { assessNeedRisk } from '../../domain/safety'
import { collection, deleteEntity, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { NEEDS, needValidator } from '../schema/need'
import { define, idInput } from './define'

const needDraftInput = needValidator.omit({ safety: true, source: true, createdAt: true }).extend({
  peerConfirmed: z.boolean().optional(),
})

export type NeedDraft = z.infer<typeof needDraftInput>

function riskOf(fields: { title?: string; assignedDetails?: string; privateDetails?: string }): boolean {
  return assessNeedRisk({ title: fields.title ?? '', assignedDetails: fields.assignedDetails ?? '', privateDetails: fields.privateDetails ?? '' }).professionalFirst
}

export const needCommands = {
  'need/add': define(needDraftInput, (doc, { peerConfirmed, ...draft }, now) => {
    const id = randomId()
    const professionalFirst = riskOf(draft)
    upsertEntity(doc, NEEDS, id, {
      ...draft,
      safety: { professionalFirst, peerConfirmed: professionalFirst && peerConfirmed === true },
      source: 'coordinator',
      createdAt: now,
    })
    return id
  }),
  'need/update': define(
    z.object({ id: z.string(), fields: needDraftInput.partial() }),
    (doc, { id, fields: { peerConfirmed, ...fields } }) => {
      const need = collection(doc, NEEDS).get(id)
      if (!(need instanceof Y.Map)) return
      const current = need.toJSON() as { safety?: { professionalFirst: boolean; peerConfirmed: boolean } }
      // Once a need was flagged, rewording it does not quietly clear the flag.
      const professionalFirst = current.safety?.professionalFirst === true || riskOf({ ...need.toJSON(), ...fields })
      const confirmed = peerConfirmed ?? current.safety?.peerConfirmed ?? false
      upsertEntity(doc, NEEDS, id, { ...fields, safety: { professionalFirst, peerConfirmed: professionalFirst && confirmed } })
      return id
    },
  ),
  // Statuses of the need's occurrences stay: they are history, keyed by occurrence id.
  'need/remove': define(idInput, (doc, { id }) => {
    deleteEntity(doc, NEEDS, id)
  }),
}
