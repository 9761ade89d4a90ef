import * as Y from 'yjs'
import { circleStore, exampleStore, syntheticNeeds } from './fixtures'
import { sizes, table } from './measure'

/** A y-webrtc message must stay under 256 KiB: the map document's size is watched here. */
export async function runDocumentSizeBench(): Promise<void> {
  const rows = [
    ['Alex example', exampleStore('alex')],
    ['Maria example', exampleStore('maria')],
    ['300 needs', circleStore(syntheticNeeds(300))],
  ] as const
  table('Map document size', rows.map(([name, store]) => {
    const { bytes, gzipped } = sizes(Y.encodeStateAsUpdate(store.doc))
    return { circle: name, bytes, gzipped, 'share of 256 KiB': `${((bytes / 262144) * 100).toFixed(1)}%` }
  }))
}
