import * as Y from 'yjs'
import { createMapStore, type MapStore } from '../../../../src/store'
import { foldHelpers } from '../../../../src/store/fold/helper'
import { foldRecipient } from '../../../../src/store/fold/recipient'
import type { FoldResult } from '../../../../src/store/fold/result'
import { projectHelper } from '../../../../src/store/projection/helper'
import { readProjectionInput } from '../../../../src/store/projection/input'
import { projectRecipient } from '../../../../src/store/projection/recipient'
import { writeProjection } from '../../../../src/store/projection/write'
import { TODAY } from './circle'

/**
 * A coordinator's device as the sync layer will run it: the map, its replica of each helper's
 * document and of the recipient's, folding what arrived and then projecting.
 */
export class CoordinatorDevice {
  readonly store: MapStore
  readonly helperDocs = new Map<string, Y.Doc>()
  readonly recipientDoc = new Y.Doc()

  constructor(readonly map: Y.Doc, helperIds: readonly string[]) {
    this.store = createMapStore(map)
    for (const id of helperIds) this.helperDocs.set(id, new Y.Doc())
  }

  project(today = TODAY): void {
    const input = readProjectionInput(this.map)
    for (const [helperId, doc] of this.helperDocs) {
      const values = projectHelper(input, helperId, today)
      if (values) writeProjection(doc, values)
    }
    const recipient = projectRecipient(input, today)
    if (recipient) writeProjection(this.recipientDoc, recipient)
  }

  fold(now: number): FoldResult[] {
    const entries = [...this.helperDocs].map(([helperId, doc]) => ({ helperId, doc }))
    return [foldHelpers(this.map, entries, now), foldRecipient(this.map, this.recipientDoc, now)]
  }

  /** What the sync layer does when something arrived: fold, then project (which also undoes foreign writes). */
  cycle(now: number, today = TODAY): FoldResult[] {
    const results = this.fold(now)
    this.project(today)
    return results
  }
}

/** A fresh document holding what `source` holds, as a device that just synced would. */
export function replicaOf(source: Y.Doc): Y.Doc {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(source))
  return doc
}

/** Counts the Yjs updates a document emits while `run` runs. */
export function updatesDuring(doc: Y.Doc, run: () => void): number {
  let count = 0
  const onUpdate = () => count++
  doc.on('update', onUpdate)
  try {
    run()
  } finally {
    doc.off('update', onUpdate)
  }
  return count
}
