import * as Y from 'yjs'
import { afterEach, describe, expect, it } from 'vitest'
import { renderPhrase, switchLocale } from '../../../src/i18n'
import { ACTIVITY } from '../../../src/store/schema/activity'
import { NOW, dailyNeedDraft, helperDraft, idOf, later, startedStore } from '../../helpers/mapStore'

/**
 * The activity log keeps words as data: each entry's phrase renders in the reader's language,
 * its English `summary` stays for older versions of Kith, and entries written before phrases
 * existed still read as they were stored.
 */
describe('the activity log in the reader’s language', () => {
  afterEach(() => switchLocale({ language: 'en', tag: 'en-GB' }))

  it('stores each entry as a phrase that reads in English and in Spanish', async () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', dailyNeedDraft('Pasear a Bruno'), later(1)))
    const ana = idOf(store.run('helper/add', helperDraft('Ana'), later(2)))
    store.run('assignment/set', {
      needId: walk, slotKey: '08:00', role: 'primary', from: '2026-11-25', until: '2026-12-08', override: null,
      parts: [{ weekdays: [1, 2, 3, 4, 5], helperId: ana }],
    }, later(3))
    store.run('occurrence/set-status', { occurrenceId: `${walk}:2026-11-28:08:00`, status: 'needs-cover', coveredBy: null }, later(4))
    const [needsCover, set, added] = store.getSnapshot().activity
    expect(needsCover.summary).toBe('“Pasear a Bruno” at 08:00 on Saturday 28 November needs someone to cover it')
    expect(set.summary).toBe('“Pasear a Bruno” at 08:00, 25 Nov – 8 Dec: Ana on Mon–Fri')
    expect(added.summary).toBe('Added Ana as a helper')

    await switchLocale({ language: 'es', tag: 'es-ES' })
    expect(renderPhrase(needsCover.phrase!)).toBe('“Pasear a Bruno” a las 08:00 el sábado, 28 de noviembre: necesita a alguien que lo cubra')
    expect(renderPhrase(set.phrase!)).toBe('“Pasear a Bruno” a las 08:00, 25 nov – 8 dic: Ana de lun a vie')
    expect(renderPhrase(added.phrase!)).toBe('Se añadió a Ana entre quienes ayudan')
  })

  it('reads entries stored before phrases existed as the English they were written in', () => {
    const store = startedStore()
    const { doc } = store
    const old = new Y.Map<unknown>()
    doc.getMap(ACTIVITY).set('old-entry', old)
    for (const [key, value] of Object.entries({ at: NOW, seq: 0, kind: 'helper/added', summary: 'Added Sam as a helper', refs: [] })) old.set(key, value)
    expect(store.getSnapshot().activity.find((entry) => entry.id === 'old-entry')).toMatchObject({ summary: 'Added Sam as a helper', phrase: null })
  })
})
