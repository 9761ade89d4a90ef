import * as logging from 'lib0/logging'

/**
 * Live sync's own trace, silent unless asked for: lib0 reads the `log` setting (localStorage
 * `log`, or `?log=` in the address) once, when this module loads. `kith-sync` traces rooms,
 * keys and connections here; `kith-sync|y-webrtc` adds y-webrtc's own trace of every peer.
 */
export const syncTrace = logging.createModuleLogger('kith-sync')
