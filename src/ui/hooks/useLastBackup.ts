import { useEffect, useState } from 'react'
import { lastBackupAt, onBackupRecorded } from '../../sync/backup'

/** When this device last saved a backup of the circle: undefined while reading, null when never. */
export function useLastBackup(docId: string): number | null | undefined {
  const [last, setLast] = useState<number | null | undefined>(undefined)
  useEffect(() => {
    let live = true
    const read = () => void lastBackupAt(docId).then((at) => live && setLast(at), () => live && setLast(null))
    read()
    const stop = onBackupRecorded(read)
    return () => {
      live = false
      stop()
    }
  }, [docId])
  return last
}
