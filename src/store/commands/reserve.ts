import { z } from 'zod/mini'
import { deleteEntity, upsertEntity } from '../entities'
import { appendActivity } from '../schema/activity'
import { HELPERS } from '../schema/helper'
import { idValidator } from '../schema/primitives'
import { RESERVE_THANKS } from '../schema/reserveThanks'
import { define, requireEntity, once } from './define'
import { refusals, summaries } from './words'

/**
 * Nobody silently left out: the coordinator thanks a helper who has no task in the plan and
 * keeps them in reserve, in one tap (their phone then says so kindly: projection/helper.ts),
 * and can take it back. Both are logged.
 */
const helperInput = once(() => z.object({ helperId: idValidator }))

export const reserveCommands = {
  'helper/thank-reserve': define(helperInput, (doc, { helperId }) => requireEntity(doc, HELPERS, helperId, 'input/helperId', refusals.helperGone),
    (doc, { helperId }, now) => {
      upsertEntity(doc, RESERVE_THANKS, helperId, { at: now })
      appendActivity(doc, now, 'helper/thanked', summaries.thankedReserve(doc, helperId), [helperId])
    }),
  'helper/unthank-reserve': define(helperInput, (doc, { helperId }) => requireEntity(doc, RESERVE_THANKS, helperId, 'input/helperId', refusals.thanksGone),
    (doc, { helperId }, now) => {
      deleteEntity(doc, RESERVE_THANKS, helperId)
      appendActivity(doc, now, 'helper/thanks-withdrawn', summaries.thanksWithdrawn(doc, helperId), [helperId])
    }),
}
