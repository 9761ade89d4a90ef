import * as Y from 'yjs'
import {
  RECIPIENT_DOC_SCHEMA_VERSION, type DailyStatus, type RecipientCheckIn, type RecipientCircle, type RecipientNeed,
} from '../../../src/store/recipientDoc/layout'
import { createRecipientStore, type RecipientStore } from '../../../src/store/roles/recipientStore'

/** Wednesday 11 March 2026, 09:00 UTC: the fixed "now" of every recipient view test. */
export const NOW = Date.UTC(2026, 2, 11, 9, 0)

export const circle: RecipientCircle = {
  recipientName: 'Alex',
  publicSummary: 'Alex is recovering from surgery and needs some practical support.',
  coordinatorName: 'Priya Shah',
  coordinatorContact: '+44 20 7946 0000',
  crisisResources: [{ name: 'Samaritans', contact: '116 123' }],
  timeZone: 'UTC',
  startDate: '2026-03-01',
  endDate: '2026-04-30',
  status: 'active',
  seesHelpers: false,
}

export const NEEDS: Record<string, RecipientNeed> = {
  'need-walk': { title: 'Dog walks for Bruno', category: 'practical', priority: 'high', schedule: 'every day, 17:00–18:00, until 30 April', source: 'coordinator' },
  'need-call': { title: 'A short phone call', category: 'emotional', priority: 'medium', schedule: 'every Tue and Thu, 10 minutes between 18:00 and 20:00, until 30 April', source: 'coordinator' },
}

export const CHECK_INS: Record<string, RecipientCheckIn> = {
  'check-1': { weekOf: '2026-03-02', at: Date.UTC(2026, 2, 4, 18), seq: 1, worked: 'The walks', missing: '', stop: '', adjusted: '' },
  'check-2': { weekOf: '2026-03-09', at: Date.UTC(2026, 2, 10, 18), seq: 2, worked: 'Dinners arrived on time', missing: 'A quiet evening', stop: 'Long visits', adjusted: 'Visits are now drop-offs' },
}

export const DAILY: Record<string, DailyStatus> = {
  '2026-03-11': { status: 'all-covered', open: 0 },
  '2026-03-12': { status: 'being-arranged', open: 2 },
  '2026-03-13': { status: 'all-covered', open: 0 },
}

/** The recipient's document as projection would leave it: flat maps of plain values. */
export function projectedRecipientDoc(options: { daily?: Record<string, DailyStatus>; revoked?: boolean } = {}): Y.Doc {
  const doc = new Y.Doc()
  doc.transact(() => {
    write(doc, 'meta', { kind: 'recipient', schemaVersion: RECIPIENT_DOC_SCHEMA_VERSION, revoked: options.revoked ?? false })
    if (options.revoked) return
    write(doc, 'circle', circle)
    write(doc, 'needs', NEEDS)
    write(doc, 'checkIns', CHECK_INS)
    write(doc, 'daily', options.daily ?? DAILY)
  })
  return doc
}

export function write(doc: Y.Doc, section: string, values: object): void {
  const map = doc.getMap(section)
  doc.transact(() => {
    for (const [key, value] of Object.entries(values)) map.set(key, value)
  })
}

export function recipientStoreOf(doc: Y.Doc): RecipientStore {
  return createRecipientStore(doc)
}
