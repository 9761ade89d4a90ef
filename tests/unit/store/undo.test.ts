import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { createMapStore, type CommandResult, type MapStore } from '../../../src/store'
import { carriedOrigin } from '../../../src/store/origins'
import { idOf, later, needDraft, startedStore } from '../../helpers/mapStore'

/**
 * A toast's Undo takes back the change it names, and only that: "Removed “Walk”. Undo" must
 * never undo something done after it on the same screen, nor anything another device wrote.
 * Each command is its own step (captureTimeout 0), and a toast holds the token of its own step:
 * Undo acts only while that step is still the last thing done on this device.
 */
const titles = (store: MapStore) => store.getSnapshot().needs.map((n) => n.title).sort()
const tokenOf = (result: CommandResult) => {
  if (!result.ok || !result.undo) throw new Error(`expected an undoable command, got ${JSON.stringify(result)}`)
  return result.undo
}

/** What another coordinator device wrote, arriving as the app applies it (by link, here). */
function fromPeer(store: MapStore, edit: (peer: MapStore) => void) {
  const peer = createMapStore(new Y.Doc())
  Y.applyUpdate(peer.doc, Y.encodeStateAsUpdate(store.doc))
  edit(peer)
  Y.applyUpdate(store.doc, Y.encodeStateAsUpdate(peer.doc, Y.encodeStateVector(store.doc)), carriedOrigin)
}

describe('Undo from a toast', () => {
  it('takes back only its own command: after a second change, the first toast’s Undo does nothing', () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    const dinner = idOf(store.run('need/add', needDraft({ title: 'Dinner' }), later(2)))
    const removedWalk = tokenOf(store.run('need/remove', { id: walk }, later(3)))
    expect(store.canUndo(removedWalk)).toBe(true)
    const removedDinner = tokenOf(store.run('need/remove', { id: dinner }, later(4)))
    // The walk's toast is still on screen: its Undo no longer means "bring back the walk" alone.
    expect(store.canUndo(removedWalk)).toBe(false)
    expect(store.undo(removedWalk)).toBe(false)
    expect(titles(store)).toEqual([])
    // The dinner's Undo brings back the dinner, not the walk.
    expect(store.undo(removedDinner)).toBe(true)
    expect(titles(store)).toEqual(['Dinner'])
    // Taken back once: a second tap does nothing.
    expect(store.undo(removedDinner)).toBe(false)
    expect(titles(store)).toEqual(['Dinner'])
  })

  it('a command that changed nothing has nothing to undo, and takes nothing else back', () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    const renamed = tokenOf(store.run('need/update', { id: walk, fields: { title: 'Evening walk' } }, later(2)))
    const same = store.run('need/update', { id: walk, fields: { title: 'Evening walk' } }, later(3))
    expect(same.ok).toBe(true)
    expect(same.ok && same.undo).toBeUndefined()
    expect(store.undo(renamed)).toBe(true)
    expect(titles(store)).toEqual(['Walk'])
  })

  it('never undoes what another device wrote, before or after the command', () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    const dinner = idOf(store.run('need/add', needDraft({ title: 'Dinner' }), later(2)))
    const removedWalk = tokenOf(store.run('need/remove', { id: walk }, later(3)))
    // Alex, on another coordinator device, adds a need and renames another while the toast shows.
    fromPeer(store, (alex) => {
      alex.run('need/add', needDraft({ title: 'Plants' }), later(4))
      alex.run('need/update', { id: dinner, fields: { title: 'Dinner on Tuesday' } }, later(4))
    })
    // What arrived is not a step of this device: the walk's Undo still means the walk, and only it.
    expect(store.canUndo(removedWalk)).toBe(true)
    expect(store.undo(removedWalk)).toBe(true)
    expect(titles(store)).toEqual(['Dinner on Tuesday', 'Plants', 'Walk'])
  })

  it('keeps another device’s later edit of the same field when the earlier one is undone', () => {
    const store = startedStore()
    const walk = idOf(store.run('need/add', needDraft({ title: 'Walk' }), later(1)))
    const renamed = tokenOf(store.run('need/update', { id: walk, fields: { title: 'Morning walk' } }, later(2)))
    fromPeer(store, (alex) => alex.run('need/update', { id: walk, fields: { title: 'Walk with Bruno' } }, later(3)))
    // Nothing of the rename is left to take back (the toast then says so), and nothing older is
    // taken back instead: Y.UndoManager alone goes on to the step below, and the need would vanish.
    expect(store.undo(renamed)).toBe(false)
    expect(titles(store)).toEqual(['Walk with Bruno'])
  })
})
