import { useCallback, useEffect, useState } from 'react'
import { listCircles, onCirclesChanged, type DeviceCircle } from '../../local/circles'

/** The circles this device holds, from the device database, kept current when any tab adds or forgets one. */
export function useDeviceCircles(): { circles: DeviceCircle[] | null; error: Error | null; reload: () => void } {
  const [circles, setCircles] = useState<DeviceCircle[] | null>(null)
  const [error, setError] = useState<Error | null>(null)
  const reload = useCallback(() => {
    listCircles().then(setCircles, setError)
  }, [])
  useEffect(() => {
    reload()
    return onCirclesChanged(reload)
  }, [reload])
  return { circles, error, reload }
}
