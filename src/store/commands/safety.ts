import { z } from 'zod/mini'
import { RISK_ANSWERS, type NeedSafety } from '../../domain/model'
import { upsertEntity } from '../entities'
import { appendActivity } from '../schema/activity'
import { NEEDS, readNeed } from '../schema/need'
import { shortText } from '../schema/primitives'
import { define, refuse, requireEntity } from './define'
import { refusals, summaries } from './words'
import type { Phrase } from '../../domain/phrase'

/**
 * The coordinator's safety decisions about one need, each logged with its reason in the
 * activity log, so the check-in and anyone reading later can see who decided what and why
 * (domain/safety.ts says what each state means).
 * - `need/answer-safety-question`: "could this involve a risk to their safety?" Yes makes the
 *   need professional first; no lets it be planned.
 * - `need/set-professional-first`: the manual control, either way, with a reason. Clearing it
 *   also answers the question: the coordinator has judged there is no risk.
 * - `need/confirm-peer-help`: professionals are involved and peer help is appropriate (or no
 *   longer); only for a professional-first need.
 */
const reason = shortText(200).check(z.trim())
const requireNeed = (doc: Parameters<typeof readNeed>[0], id: string) => requireEntity(doc, NEEDS, id, 'input/id', refusals.needGone)

function writeSafety(doc: Parameters<typeof readNeed>[0], id: string, safety: NeedSafety, now: number, summary: Phrase): void {
  upsertEntity(doc, NEEDS, id, { safety })
  appendActivity(doc, now, 'need/safety', summary, [id])
}

export const safetyCommands = {
  'need/answer-safety-question': define(
    () => z.object({ id: z.string(), answer: z.enum(RISK_ANSWERS) }),
    (doc, { id }) => requireNeed(doc, id),
    (doc, { id, answer }, now) => {
      const need = readNeed(doc, id)
      if (!need) return
      const professionalFirst = need.safety.professionalFirst || answer === 'yes'
      const safety = { professionalFirst, peerConfirmed: professionalFirst && need.safety.peerConfirmed && answer !== 'yes', riskAnswer: answer }
      writeSafety(doc, id, safety, now, summaries.riskAnswered(need.title, answer))
    },
  ),
  'need/set-professional-first': define(
    () => z.object({ id: z.string(), professionalFirst: z.boolean(), reason: reason.check(z.minLength(1, refusals.reasonMissing)) }),
    (doc, { id }) => requireNeed(doc, id),
    (doc, { id, professionalFirst, reason: why }, now) => {
      const need = readNeed(doc, id)
      if (!need || need.safety.professionalFirst === professionalFirst) return
      const safety = { professionalFirst, peerConfirmed: false, riskAnswer: professionalFirst ? 'yes' as const : 'no' as const }
      writeSafety(doc, id, safety, now, summaries.professionalFirst(need.title, professionalFirst, why))
    },
  ),
  'need/confirm-peer-help': define(
    () => z.object({ id: z.string(), confirmed: z.boolean(), reason: z.optional(reason) }),
    (doc, { id }) => requireNeed(doc, id) ?? (readNeed(doc, id)?.safety.professionalFirst ? null : refuse('input/id', refusals.notProfessionalFirst)),
    (doc, { id, confirmed, reason: why = '' }, now) => {
      const need = readNeed(doc, id)
      if (!need || need.safety.peerConfirmed === confirmed) return
      writeSafety(doc, id, { ...need.safety, riskAnswer: need.safety.riskAnswer ?? null, peerConfirmed: confirmed }, now, summaries.peerHelp(need.title, confirmed, why))
    },
  ),
}
