import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import { applyRows, inTransaction, readableRows, readRows, WHOLE_ROW_BYTES } from './updateLog'

/** The size of a piece, about. */
const PIECE_BYTES = 1500
/** A state is cut in at most this many pieces, so a large map's rewrite stays far below the rows that compact it. */
const MAX_PIECES = 64

/**
 * A Yjs update (v1) as several smaller updates that, applied in order, make the same state:
 * each piece holds a run of one client's structs, the last one the delete set. Loading applies
 * one row per slice of the page's time (applyRowsInSlices), and a whole state as one row was one
 * long task of decoding and integrating; pieces make it several short ones. Applied out of order
 * or alone, a piece waits in Yjs's pending structs as any update would. Structs are written as
 * Yjs writes them in `mergeUpdates` (`Item.write`); the format is Yjs's v1 update.
 *
 * Loaded only to write a large update (a new circle, a rewrite): reading needs none of this file.
 */
export function piecesOf(update: Uint8Array): Uint8Array[] {
  if (update.byteLength <= WHOLE_ROW_BYTES) return [update]
  const { structs, ds } = Y.decodeUpdate(update)
  if (structs.length === 0) return [update]
  const perPiece = Math.max(1, Math.ceil(structs.length / Math.min(MAX_PIECES - 1, Math.ceil(update.byteLength / PIECE_BYTES))))
  const pieces: Uint8Array[] = []
  let run: typeof structs = []
  const writeRun = () => {
    if (run.length === 0) return
    const encoder = new Y.UpdateEncoderV1()
    encoding.writeVarUint(encoder.restEncoder, 1) // one client
    encoding.writeVarUint(encoder.restEncoder, run.length)
    encoder.writeClient(run[0].id.client)
    encoding.writeVarUint(encoder.restEncoder, run[0].id.clock)
    for (const struct of run) struct.write(encoder, 0)
    encoding.writeVarUint(encoder.restEncoder, 0) // no deletions: they come last
    pieces.push(encoder.toUint8Array())
    run = []
  }
  for (const struct of structs) {
    const last = run.at(-1)
    // A run is one client's consecutive structs; a gap (a Skip) starts a new run.
    const continues = last && last.id.client === struct.id.client && last.id.clock + last.length === struct.id.clock
    if (!continues || run.length >= perPiece) writeRun()
    if (!(struct instanceof Y.Skip)) run.push(struct)
  }
  writeRun()
  // The delete set alone, as Yjs's writeDeleteSet writes it (its ranges come sorted from decoding).
  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, 0) // no structs
  encoding.writeVarUint(encoder.restEncoder, ds.clients.size)
  ds.clients.forEach((ranges, client) => {
    encoder.resetDsCurVal()
    encoding.writeVarUint(encoder.restEncoder, client)
    encoding.writeVarUint(encoder.restEncoder, ranges.length)
    for (const range of ranges) {
      encoder.writeDsClock(range.clock)
      encoder.writeDsLen(range.len)
    }
  })
  pieces.push(encoder.toUint8Array())
  return pieces
}

export interface Rewritten {
  /** Rows left as they were because they could not be read (kept unless `dropDamaged`). */
  damaged: number
  rows: number
}

/**
 * Replaces the stored rows with the document's whole state (in pieces), in one transaction:
 * first every readable row is merged into `doc` (another tab may have written some), then the
 * state is added and the merged rows deleted. Damaged rows stay unless `dropDamaged` (the
 * person chose to save a repaired copy).
 */
export function rewriteLog(db: IDBDatabase, doc: Y.Doc, origin: unknown, dropDamaged: boolean): Promise<Rewritten> {
  return inTransaction(db, 'readwrite', (store, tx) => {
    const result: Rewritten = { damaged: 0, rows: 0 }
    readRows(store, (values) => {
      try {
        const { rows, damaged } = readableRows(values)
        const merged = applyRows(doc, rows, origin)
        const unusable = [...damaged, ...rows.filter((row) => !merged.includes(row)).map((row) => row.key)]
        const pieces = piecesOf(Y.encodeStateAsUpdate(doc))
        for (const piece of pieces) store.add(piece)
        result.rows = pieces.length
        for (const { key } of merged) store.delete(key)
        if (dropDamaged) for (const key of unusable) store.delete(key)
        else result.damaged = unusable.length
        result.rows += result.damaged
      } catch {
        tx.abort() // nothing of the rewrite happens; the abort reports it
      }
    })
    return () => result
  })
}
