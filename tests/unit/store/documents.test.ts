import { describe, expect, it } from 'vitest'
import { newDocumentId, newDocumentKey } from '../../../src/sync/invite'
import { liveDocumentOf } from '../../../src/store'
import { NOW, startedStore } from '../../helpers/mapStore'

describe('circle documents', () => {
  it('records a helper’s document id and key, one live document per person', () => {
    const store = startedStore()
    const helper = store.run('helper/add', { name: 'Sam', contact: '', relation: '', tags: [] }, NOW)
    const helperId = helper.ok ? helper.id! : ''
    const docId = newDocumentId()
    expect(store.run('document/add', { audience: 'helper', helperId, docId, key: newDocumentKey() }, NOW)).toMatchObject({ ok: true, id: docId })
    expect(liveDocumentOf(store.getSnapshot().documents, helperId)?.id).toBe(docId)
    const second = store.run('document/add', { audience: 'helper', helperId, docId: newDocumentId(), key: newDocumentKey() }, NOW)
    expect(second.ok).toBe(false)
    expect(store.run('document/add', { audience: 'recipient', helperId: null, docId: newDocumentId(), key: newDocumentKey() }, NOW).ok).toBe(true)
  })

  it('refuses a malformed key or a helper who is gone', () => {
    const store = startedStore()
    expect(store.run('document/add', { audience: 'recipient', helperId: null, docId: newDocumentId(), key: 'short' }, NOW).ok).toBe(false)
    expect(store.run('document/add', { audience: 'helper', helperId: 'nobody-here-1', docId: newDocumentId(), key: newDocumentKey() }, NOW).ok).toBe(false)
  })

  it('revokes a removed helper’s document rather than forgetting it', () => {
    const store = startedStore()
    const helper = store.run('helper/add', { name: 'Sam', contact: '', relation: '', tags: [] }, NOW)
    const helperId = helper.ok ? helper.id! : ''
    const docId = newDocumentId()
    store.run('document/add', { audience: 'helper', helperId, docId, key: newDocumentKey() }, NOW)
    store.run('helper/remove', { id: helperId }, NOW + 1)
    const [document] = store.getSnapshot().documents
    expect(document).toMatchObject({ id: docId, helperId, revokedAt: NOW + 1 })
    expect(liveDocumentOf(store.getSnapshot().documents, helperId)).toBeUndefined()
  })
})
