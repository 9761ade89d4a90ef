import { useSyncExternalStore } from 'react'
import { subscribeOwnReach, thisDeviceCannotConnect } from '../../sync/ownReach'

/**
 * True while this device is offline or reaches no signaling server (sync/ownReach.ts): then what
 * waits to reach someone waits for this phone, and the words say so.
 */
export function useThisDeviceCannotConnect(): boolean {
  return useSyncExternalStore(subscribeOwnReach, thisDeviceCannotConnect, () => false)
}
