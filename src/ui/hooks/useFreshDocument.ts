import { useEffect, useRef } from 'react'
import type { MovedTo } from '../../store/fold/fresh'
import { forgetReplaced, moveRoleDoc } from '../../sync/roleDocs'
import { navigate } from './router'

/**
 * When the coordinator gave this phone a fresh document (after a flood or an oversized one), the
 * phone moves to it once and opens it in place of the old one, at the same screen. A phone that
 * joined the fresh one by its invitation forgets the old one it still holds (`replaces`).
 */
export function useFreshDocument(docId: string, role: 'helper' | 'recipient', movedTo: MovedTo | null, replaces: string | null, path: readonly string[]): void {
  useEffect(() => {
    if (replaces && replaces !== docId) forgetReplaced(replaces).catch(() => undefined)
  }, [docId, replaces])
  const moving = useRef(false)
  const target = movedTo ? `${movedTo.docId}/${movedTo.key}` : null
  useEffect(() => {
    if (!movedTo || moving.current) return
    moving.current = true
    moveRoleDoc(docId, role, movedTo).then(
      (newId) => navigate([role === 'helper' ? 'h' : 'r', newId, ...path].join('/'), { replace: true }),
      () => {
        moving.current = false
      },
    )
    // `target` stands for movedTo (a new object on every snapshot); `path` is read when it moves.
  }, [docId, role, target])
}
