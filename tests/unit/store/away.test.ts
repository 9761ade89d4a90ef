import { describe, expect, it } from 'vitest'
import { NOW, startedStore } from '../../helpers/mapStore'

describe('a helper away for some days', () => {
  it('is recorded with its dates, logged for the check-in, and can be taken back', () => {
    const store = startedStore()
    const sam = store.run('helper/add', { name: 'Sam', contact: '', relation: '', tags: [] }, NOW)
    const helperId = sam.ok ? sam.id! : ''
    const away = store.run('helper/away', { helperId, from: '2026-12-01', until: '2026-12-14' }, NOW + 1)
    expect(away.ok).toBe(true)
    expect(store.getSnapshot().away).toMatchObject([{ helperId, from: '2026-12-01', until: '2026-12-14' }])
    expect(store.getSnapshot().activity[0]).toMatchObject({ kind: 'helper/away', summary: 'Sam is away from 1 Dec to 14 Dec' })
    store.run('helper/back', { id: away.ok ? away.id! : '' }, NOW)
    expect(store.getSnapshot().away).toEqual([])
  })

  it('refuses days in the wrong order or a helper who is gone', () => {
    const store = startedStore()
    const sam = store.run('helper/add', { name: 'Sam', contact: '', relation: '', tags: [] }, NOW)
    expect(store.run('helper/away', { helperId: sam.ok ? sam.id! : '', from: '2026-12-14', until: '2026-12-01' }, NOW).ok).toBe(false)
    expect(store.run('helper/away', { helperId: 'nobody-there-1', from: '2026-12-01', until: '2026-12-14' }, NOW).ok).toBe(false)
  })
})
