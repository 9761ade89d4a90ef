/**
 * Fold: what helpers wrote in their own documents → the coordinator's map.
 *
 * Rules:
 * - A helper's document is untrusted input. Only the sections a helper owns are read
 *   (`reports`, `claims`, `offer`, `joined`), each entry validated on its own (types, sizes,
 *   known keys only, their own tasks only, calls offered to them only); anything else is
 *   rejected with its path and the reason in words, and left for the next projection to undo.
 * - A document over MAX_FOLDED_DOC_BYTES, from a newer Kith, revoked, or of a removed helper is
 *   not read at all, and says why.
 * - All the documents given are folded in one transaction with the fold origin, claims
 *   recorded first and calls arbitrated after (fold/claims.ts), so claims that arrive together
 *   compete fairly.
 * - Idempotent: folding the same documents again changes nothing. Nothing a fold recorded is
 *   ever removed by a later fold, so an acknowledged report (its `acks` entry projected back to
 *   the helper) is never lost.
 * - The coordinator's device projects after every change of the map and after folding, so a
 *   projected section that differs from the projection of the map as fold finds it was written
 *   by someone else (or, for a moment, by another coordinator device whose map this one has
 *   not seen yet, or before a new day's projection): it is reported in neutral words, and the
 *   next projection puts the coordinator's values back.
 */
import * as Y from 'yjs'
import type { Instant } from '../../domain/model'
import { HELPER_DOC_SCHEMA_VERSION, HELPER_OWNED, HELPER_PROJECTED, type HelperClaim, type HelperDocValues, type HelperReport } from '../helperDoc/layout'
import { projectHelperSteps } from '../projection/helper'
import type { ProjectedValues } from '../projection/write'
import { isRemovedHelper, readProjectionInput, todayOf, type ProjectionInput } from '../projection/input'
import { foldOrigin } from '../origins'
import { runSteps, runStepsBetween, type Steps } from '../steps'
import { arbitrate, planClaims, writeClaims, type ClaimCandidate } from './claims'
import { guardDoc, mapSkipReason } from './guard'
import { planOffer, writeOffer, type OfferChange } from './offer'
import { planReports, writeReports, type ReportChange } from './reports'
import type { FoldReport, FoldResult, SkipReason } from './result'
import { projectedDifferences, untrustedSection } from './untrusted'

export interface HelperDocEntry {
  helperId: string
  doc: Y.Doc
}

interface HelperPlan {
  helperId: string
  reports: ReportChange[]
  claims: ClaimCandidate[]
  offer: OfferChange
}

export function foldHelper(mapDoc: Y.Doc, helperDoc: Y.Doc, helperId: string, now: Instant): FoldResult {
  return foldHelpers(mapDoc, [{ helperId, doc: helperDoc }], now)
}

export function foldHelpers(mapDoc: Y.Doc, entries: readonly HelperDocEntry[], now: Instant): FoldResult {
  const input = readProjectionInput(mapDoc)
  const mapSkip = mapSkipReason(input)
  if (mapSkip) return skipAll(entries, mapSkip)
  return writeFold(mapDoc, input, entries.map(({ helperId, doc }) => planHelper(input, helperId, doc, now)), now)
}

/** What a fold found, with what projection makes of each helper read (see foldHelpersInSlices). */
export interface SlicedFoldResult extends FoldResult {
  /** Each read helper's projection of the map as the fold read it (null: nothing to project). */
  projected: ReadonlyMap<string, HelperDocValues | null>
}

/**
 * The same fold, reading one helper's document at a time with `between()` awaited before each
 * (the caller yields to the page there: one read is a projection and a comparison, and a circle
 * has dozens). Claims are still arbitrated together and written in one transaction, against the
 * map the documents were read with: if the map changed while reading (a command ran in a
 * pause), everything is read again in one go, so no claim is judged on a stale map.
 */
export async function foldHelpersInSlices(
  mapDoc: Y.Doc, entries: readonly HelperDocEntry[], now: Instant, between: () => Promise<void>,
  /** The map as it is now, if the caller has it read already (a map store's snapshot). */
  input: ProjectionInput = readProjectionInput(mapDoc),
): Promise<SlicedFoldResult> {
  let mapChanged = false
  const onUpdate = () => { mapChanged = true }
  mapDoc.on('update', onUpdate)
  try {
    const mapSkip = mapSkipReason(input)
    if (mapSkip) return { ...skipAll(entries, mapSkip), projected: new Map() }
    const planned: PlannedHelper[] = []
    for (const { helperId, doc } of entries) {
      await between()
      if (mapChanged) break
      // A pause between the steps of each helper too (the projection's, the guard and comparison, the plan).
      planned.push(await runStepsBetween(planHelperSteps(input, helperId, doc, now), between))
    }
    if (mapChanged) return { ...foldHelpers(mapDoc, entries, now), projected: new Map() }
    const projected = new Map(planned.filter((p) => p.plan).map((p) => [p.report.source, p.expected] as const))
    return { ...writeFold(mapDoc, input, planned, now), projected }
  } finally {
    mapDoc.off('update', onUpdate)
  }
}

function skipAll(entries: readonly HelperDocEntry[], skipped: SkipReason): FoldResult {
  return { changed: false, reports: entries.map(({ helperId }) => ({ source: helperId, skipped, rejected: [] })) }
}

function writeFold(mapDoc: Y.Doc, input: ProjectionInput, planned: readonly PlannedHelper[], now: Instant): FoldResult {
  const reports = planned.map((p) => p.report)
  const plans = planned.flatMap((p) => (p.plan ? [p.plan] : []))
  const candidates = plans.flatMap((plan) => plan.claims)
  const winners = arbitrate(input, candidates)
  const pending = plans.some((p) => p.reports.length > 0 || p.offer.offer || p.offer.joined) || winners.length > 0 || candidates.some((c) => c.isNew)
  let changed = false
  if (pending) {
    mapDoc.transact((transaction) => {
      for (const plan of plans) {
        writeReports(mapDoc, plan.helperId, plan.reports, now)
        writeOffer(mapDoc, input, plan.helperId, plan.offer, now)
      }
      writeClaims(mapDoc, input, candidates, winners, now)
      changed = transaction.changed.size > 0
    }, foldOrigin)
  }
  return { changed, reports }
}

/**
 * The expected values in the layout the document was projected in. A version 1 document (the
 * status inside each task, no `taskStatuses`) is what an older Kith on this device wrote until
 * the first projection after the update rewrites it: compared as it is, every task would be
 * reported as changed by someone.
 */
function asProjectedFor(doc: Y.Doc, expected: HelperDocValues): ProjectedValues {
  if (doc.getMap<unknown>('meta').get('schemaVersion') !== 1) return expected
  const tasks = Object.fromEntries(Object.entries(expected.tasks).map(([id, task]) => [id, { ...task, status: expected.taskStatuses[id] ?? 'planned' }]))
  return { ...expected, meta: { ...expected.meta, schemaVersion: 1 }, tasks, taskStatuses: {} }
}

interface PlannedHelper {
  report: FoldReport
  plan: HelperPlan | null
  /** The helper's projection of the map the fold read (compared with their document). */
  expected: HelperDocValues | null
}

const planHelper = (input: ProjectionInput, helperId: string, doc: Y.Doc, now: Instant) => runSteps(planHelperSteps(input, helperId, doc, now))

function* planHelperSteps(input: ProjectionInput, helperId: string, doc: Y.Doc, now: Instant): Steps<PlannedHelper> {
  const skip = (skipped: SkipReason) => ({ report: { source: helperId, skipped, rejected: [] }, plan: null, expected: null })
  if (!input.helpers.some((h) => h.id === helperId)) return skip(isRemovedHelper(input, helperId) ? 'helper-removed' : 'map-not-ready')
  // The map's side first, then the document's: guarded and compared in one step, so what was
  // guarded is what is compared (a change that arrives in a pause makes the fold run again).
  const expected = yield* projectHelperSteps(input, helperId, todayOf(input, now)!)
  yield
  const guard = guardDoc(doc, 'helper', [...HELPER_PROJECTED, ...HELPER_OWNED], HELPER_DOC_SCHEMA_VERSION)
  if (guard.skip) return skip(guard.skip)
  const rejected = [...guard.rejected]
  if (expected) rejected.push(...projectedDifferences(doc, asProjectedFor(doc, expected), HELPER_PROJECTED))
  yield
  const plan: HelperPlan = {
    helperId,
    reports: planReports(input, helperId, untrustedSection<HelperReport>(doc, 'reports', rejected), now, rejected),
    claims: planClaims(input, helperId, untrustedSection<HelperClaim>(doc, 'claims', rejected), now, rejected),
    offer: planOffer(input, helperId, doc, rejected),
  }
  return { report: { source: helperId, skipped: null, rejected }, plan, expected }
}
