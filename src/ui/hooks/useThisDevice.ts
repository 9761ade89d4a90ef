import { useCallback, useEffect, useState } from 'react'
import { onCirclesChanged } from '../../local/circles'
import { loadDeviceDb } from '../../local/load'

/** This device's entry for a circle: the map's key and its id among the coordinator devices (undefined while reading). */
export function useThisDevice(docId: string): { key: string | null; deviceId: string | null; reread: () => void } | undefined {
  const [entry, setEntry] = useState<{ key: string | null; deviceId: string | null } | undefined>(undefined)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    loadDeviceDb().then((db) => db.circles.get(docId)).then(
      (found) => live && setEntry({ key: found?.key ?? null, deviceId: found?.deviceId ?? null }),
      () => live && setEntry({ key: null, deviceId: null }),
    )
    return () => {
      live = false
    }
  }, [docId, version])
  // The map's key changes when a coordinator device is removed (sync/mapRooms.ts).
  useEffect(() => onCirclesChanged(() => setVersion((v) => v + 1)), [])
  const reread = useCallback(() => setVersion((v) => v + 1), [])
  return entry && { ...entry, reread }
}
