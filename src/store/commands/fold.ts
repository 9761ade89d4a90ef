import { z } from 'zod/mini'
import { entityField, upsertEntity, writeFields } from '../entities'
import { commandRefusals } from '../fold/words'
import { CIRCLE } from '../schema/circle'
import { PLEASE_STOP } from '../schema/pleaseStop'
import { RECIPIENT_SEES_HELPERS } from '../schema/recipientSharing'
import { SUGGESTIONS } from '../schema/suggestion'
import { TAMPERING } from '../schema/tampering'
import { define, idInput, refuse, requireEntity } from './define'
import { refusals } from './words'

/**
 * The coordinator's answers to what fold brought in from the recipient: a suggestion accepted
 * or set aside in Assess, a "please stop" seen, and whether the recipient sees who helps.
 * (What fold itself writes is in src/store/fold/, with the fold origin, outside undo.)
 */
export const foldCommands = {
  'suggestion/resolve': define(
    () => z.extend(idInput(), { state: z.enum(['accepted', 'dismissed', 'new']) }),
    (doc, { id }) => requireEntity(doc, SUGGESTIONS, id, 'input/id', commandRefusals.suggestionGone),
    (doc, { id, state }) => {
      upsertEntity(doc, SUGGESTIONS, id, { state })
      return id
    },
  ),
  /** Seen once is seen: acknowledging again keeps the first time. */
  'please-stop/acknowledge': define(
    idInput,
    (doc, { id }) => requireEntity(doc, PLEASE_STOP, id, 'input/id', commandRefusals.pleaseStopGone),
    (doc, { id }, now) => {
      if (entityField(doc, PLEASE_STOP, id, 'acknowledgedAt') === null) upsertEntity(doc, PLEASE_STOP, id, { acknowledgedAt: now })
      return id
    },
  ),
  /** A note on what a phone sent and Kith would not take in, read and put away (it comes back if it happens again). */
  'tampering/dismiss': define(
    idInput,
    (doc, { id }) => requireEntity(doc, TAMPERING, id, 'input/id', commandRefusals.tamperingGone),
    (doc, { id }, now) => {
      upsertEntity(doc, TAMPERING, id, { dismissedAt: now })
      return id
    },
  ),
  /** The recipient asked to see who helps (first names on the daily status), or no longer wants to. */
  'circle/set-recipient-sees-helpers': define(
    () => z.object({ enabled: z.boolean() }),
    // A lone field in an empty circle map would make the circle unreadable.
    (doc) => (doc.getMap(CIRCLE).has('recipientName') ? null : refuse('circle', refusals.noCircle)),
    (doc, { enabled }) => {
      writeFields(doc.getMap(CIRCLE), { [RECIPIENT_SEES_HELPERS]: enabled })
    },
  ),
}
