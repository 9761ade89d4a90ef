import { useEffect, useState } from 'react'
import { wholeDocumentPayload } from '../../sync/carried'
import { inviteLink } from '../../sync/invite'
import { openDoc } from '../../sync/persistence'
import type { CircleDocument } from '../../store'

const REMAKE_AFTER_MS = 300

/**
 * An invitation that carries the person's whole document, remade shortly after it changes: the
 * phone that opens it shows its tasks at once, offline, whether or not this phone is awake.
 */
export function useInviteLink(document: CircleDocument | undefined): string | null {
  const [link, setLink] = useState<string | null>(null)
  const docId = document?.id
  const key = document?.key
  const role = document?.audience === 'helper' ? 'helper' : 'recipient'
  useEffect(() => {
    setLink(null)
    if (!docId || !key) return
    const { doc, ready } = openDoc(docId)
    let live = true
    let timer: ReturnType<typeof setTimeout> | null = null
    const make = () => {
      timer = null
      // Not before projection has written the person's part: an empty invitation would say nothing.
      if (doc.getMap('meta').size === 0) return
      wholeDocumentPayload(docId, key, doc).then(
        (payload) => live && setLink(inviteLink(location.href, role, docId, key, payload)),
        () => live && setLink(inviteLink(location.href, role, docId, key)),
      )
    }
    const schedule = () => {
      timer ??= setTimeout(make, REMAKE_AFTER_MS)
    }
    ready.then(make, make)
    doc.on('update', schedule)
    return () => {
      live = false
      if (timer) clearTimeout(timer)
      doc.off('update', schedule)
    }
  }, [docId, key, role])
  return link
}
