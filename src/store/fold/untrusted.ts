import * as Y from 'yjs'
import { jsonEqual } from '../entities'
import type { ProjectedValues } from '../projection/write'
import type { Validator } from '../schema/primitives'
import type { Rejection } from './result'
import { reasons } from './words'
import { compareText } from '../../domain/compareText'

/**
 * A value read from another audience's document. Nothing about it is known until fold has
 * checked it: the brand keeps it from being used as a T anywhere but through `accept`.
 */
declare const untrusted: unique symbol
export type Untrusted<T> = { readonly [untrusted]: T }

export interface UntrustedEntry<T> {
  key: string
  value: Untrusted<T>
}

/** More entries than anyone writes by hand: the rest of a section is not read. */
export const MAX_SECTION_ENTRIES = 1000

/** The entries of one section, in key order, at most MAX_SECTION_ENTRIES of them. */
export function untrustedSection<T>(doc: Y.Doc, section: string, rejected: Rejection[]): Array<UntrustedEntry<T>> {
  const entries: Array<UntrustedEntry<T>> = []
  doc.getMap<unknown>(section).forEach((value, key) => entries.push({ key, value: value as Untrusted<T> }))
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  if (entries.length > MAX_SECTION_ENTRIES) rejected.push({ path: section, reason: reasons.tooMany(MAX_SECTION_ENTRIES) })
  return entries.slice(0, MAX_SECTION_ENTRIES)
}

/** The value as a T if the validator takes it whole; otherwise null, with the rejection recorded. */
export function accept<T>(validator: Validator<T>, value: Untrusted<T>, path: string, rejected: Rejection[]): T | null {
  const raw: unknown = value
  if (raw instanceof Y.AbstractType) {
    rejected.push({ path, reason: reasons.nested })
    return null
  }
  const parsed = validator.safeParse(raw)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = [path, ...(issue?.path ?? []).map(String)].join('/')
  rejected.push({ path: where, reason: reasons.unreadable })
  return null
}

/**
 * Entries of projection-owned sections that differ from what projection writes: someone other
 * than the coordinator's projection wrote there, or deleted what projection had written (a key
 * Yjs still knows as deleted; one projection has not written yet is not counted). They are only
 * reported; the next projection puts the coordinator's values back.
 */
export function projectedDifferences(doc: Y.Doc, expected: ProjectedValues, sections: readonly string[]): Rejection[] {
  const rejected: Rejection[] = []
  for (const section of sections) {
    const want = expected[section] ?? {}
    const map = doc.getMap<unknown>(section)
    map.forEach((value, key) => {
      if (!Object.hasOwn(want, key) || !jsonEqual(value, want[key])) rejected.push({ path: `${section}/${key}`, reason: reasons.projectedChanged })
    })
    for (const key of Object.keys(want)) {
      if (!map.has(key) && map._map.get(key)?.deleted) rejected.push({ path: `${section}/${key}`, reason: reasons.projectedDeleted })
    }
  }
  return rejected.sort((a, b) => compareText(a.path, b.path))
}
