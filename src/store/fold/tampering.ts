import * as Y from 'yjs'
import { collection, upsertEntity } from '../entities'
import { foldOrigin } from '../origins'
import type { ReadProblem } from '../schema/primitives'
import { readTampering, TAMPERING, tamperingId } from '../schema/tampering'
import type { FoldReport } from './result'
import { reasonKey, reasons } from './words'

/**
 * Keeps what each fold rejected until the coordinator dismisses it (schema/tampering.ts). A
 * rejection still there at the next fold is the same event, not a new one: it counts again only
 * after it had gone (projection put the entry back, or its section was cleared) and came back.
 * Sources a fold skipped (too large, removed…) are left as they were. Returns whether the map changed.
 */
export function recordRejections(mapDoc: Y.Doc, reports: readonly FoldReport[], now: number): boolean {
  const problems: ReadProblem[] = []
  const records = new Map(readTampering(mapDoc, problems).map((r) => [r.id, r]))
  const folded = new Set(reports.filter((r) => r.skipped === null).map((r) => r.source))
  const seen = new Set<string>()
  const writes: Array<[string, Record<string, unknown>]> = []
  for (const report of reports) {
    if (report.skipped !== null) continue
    for (const { path, reason } of report.rejected) {
      const id = tamperingId(report.source, path, reasonKey(reason))
      if (seen.has(id)) continue
      seen.add(id)
      const record = records.get(id)
      if (record?.active) continue
      writes.push([id, {
        source: report.source, path, reason: '', phrase: reason, firstAt: record?.firstAt ?? now, lastAt: now,
        count: (record?.count ?? 0) + 1, active: true, dismissedAt: null,
      }])
    }
  }
  for (const record of records.values()) {
    if (record.active && folded.has(record.source) && !seen.has(record.id)) writes.push([record.id, { active: false }])
  }
  if (writes.length === 0) return false
  mapDoc.transact(() => {
    for (const [id, fields] of writes) upsertEntity(mapDoc, TAMPERING, id, fields)
  }, foldOrigin)
  return true
}

/** Whether a tampering record is still there to dismiss. */
export function hasTampering(mapDoc: Y.Doc, id: string): boolean {
  return collection(mapDoc, TAMPERING).get(id) instanceof Y.Map
}

/** The sections a fold reported as not belonging to the document (to clear them once reported). */
export function unknownSections(report: FoldReport): string[] {
  return report.skipped === null ? report.rejected.filter((r) => r.reason.id === reasons.unknownSection.id).map((r) => r.path) : []
}

interface ItemLike {
  deleted: boolean
  right: ItemLike | null
  delete(transaction: Y.Transaction): void
}
interface SectionLike {
  _map: Map<string, ItemLike>
  _start: ItemLike | null
}

/**
 * Empties a top-level section whatever its type (a peer may have made it a map, a list or a
 * text), through Yjs's items: the deletion syncs to the person's phone, and both copies compact
 * it out of their stored rows (persistence.ts compacts a person's document on any deletion).
 */
export function clearSection(doc: Y.Doc, name: string, origin: unknown): void {
  const section = doc.share.get(name) as unknown as SectionLike | undefined
  if (!section || isEmptySection(doc, name)) return
  doc.transact((transaction) => {
    for (const item of section._map.values()) if (!item.deleted) item.delete(transaction)
    for (let item = section._start; item; item = item.right) if (!item.deleted) item.delete(transaction)
  }, origin)
}

/** A section with nothing left in it (a cleared one stays in the document's list of sections). */
export function isEmptySection(doc: Y.Doc, name: string): boolean {
  const section = doc.share.get(name) as unknown as SectionLike | undefined
  if (!section) return true
  for (const item of section._map.values()) if (!item.deleted) return false
  for (let item = section._start; item; item = item.right) if (!item.deleted) return false
  return true
}
