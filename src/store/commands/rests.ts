import { z } from 'zod/mini'
import * as Y from 'yjs'
import { addDays, localDateOf } from '../../domain/dates'
import type { Instant } from '../../domain/model'
import { openRest } from '../../domain/resting'
import { deleteEntity, upsertEntity } from '../entities'
import { randomId } from '../ids'
import { appendActivity } from '../schema/activity'
import { readCircle } from '../schema/circle'
import { localDateValidator } from '../schema/primitives'
import { RESTS, readRests } from '../schema/rest'
import { define, refuse } from './define'
import { refusals, summaries } from './words'

/**
 * Pausing the whole circle and resuming it (domain/resting.ts). Pausing touches nothing of the
 * map but the rest itself: needs, helpers, offers, accepted series and statuses all stay, so
 * resuming brings the plan back as it was and the planner proposes again for the days ahead.
 * A rest starts today (in the recipient's zone); resuming today ends it yesterday, and a rest
 * that never covered a past day leaves no trace but the log.
 */
function todayIn(doc: Y.Doc, now: Instant) {
  const circle = readCircle(doc, [])
  return circle ? localDateOf(now, circle.timeZone) : null
}

export const restCommands = {
  'circle/pause': define(
    () => z.object({ lookAgain: z._default(z.nullable(localDateValidator), null) }),
    (doc, { lookAgain }, now) => {
      const today = todayIn(doc, now)
      if (today === null) return refuse('circle', refusals.noCircle)
      if (openRest(readRests(doc, [])) !== null) return refuse('rests', refusals.alreadyResting)
      return lookAgain !== null && lookAgain <= today ? refuse('input/lookAgain', refusals.lookAgainNotLater) : null
    },
    (doc, { lookAgain }, now) => {
      const id = randomId()
      upsertEntity(doc, RESTS, id, { from: todayIn(doc, now)!, until: null, lookAgain, at: now })
      appendActivity(doc, now, 'circle/paused', summaries.circlePaused(lookAgain), [id])
      return id
    },
  ),
  'circle/resume': define(
    () => z.object({}),
    (doc) => (openRest(readRests(doc, [])) === null ? refuse('rests', refusals.notResting) : null),
    (doc, _input, now) => {
      // Every open rest: two coordinator devices may each have paused while apart.
      const open = readRests(doc, []).filter((rest) => rest.until === null)
      const yesterday = addDays(todayIn(doc, now)!, -1)
      for (const rest of open) {
        if (yesterday < rest.from) deleteEntity(doc, RESTS, rest.id)
        else upsertEntity(doc, RESTS, rest.id, { until: yesterday })
      }
      appendActivity(doc, now, 'circle/resumed', summaries.circleResumed, open.map((rest) => rest.id))
    },
  ),
}
