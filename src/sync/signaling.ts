import { loadDeviceDb } from '../local/load'

/**
 * The servers Kith connects to for live sync, read at run time, never built in: the device's
 * own setting, else `kith.config.json` beside index.html (the README's start command writes
 * one), else the public default. `{host}` in a URL stands for the host the app was loaded
 * from, so one config serves every device on a network.
 *
 * - Signaling servers see random room ids and encrypted messages, and IP addresses.
 * - STUN servers see a phone's IP address, so phones on different networks find each other.
 * - TURN servers relay the encrypted (DTLS) traffic between phones that cannot connect
 *   directly; they cannot read it. None by default: a group runs its own (README).
 * - "Relay only" sends live sync only through TURN, so other phones never see this one's address.
 * - Live sync off: no server at all; updates travel by the links and files people send.
 *
 * The default STUN server is one public server (Cloudflare's): without any, phones on different
 * networks (mobile data and home wifi) never connect live. It is shown and can be removed.
 */
export const DEFAULT_SIGNALING = ['wss://y-webrtc-eu.fly.dev']
export const DEFAULT_ICE: IceServer[] = [{ urls: 'stun:stun.cloudflare.com:3478' }]
const SETTINGS = { signaling: 'signaling', ice: 'iceServers', relayOnly: 'relayOnly', live: 'liveSync' } as const
const CONFIG_TIMEOUT_MS = 2000

export interface IceServer {
  urls: string
  username?: string
  credential?: string
}

export type SettingSource = 'device' | 'config' | 'default'

export interface ConnectionSettings {
  /** False: this device connects to no server; updates go only by link and file. */
  live: boolean
  signaling: string[]
  signalingSource: SettingSource
  iceServers: IceServer[]
  iceSource: SettingSource
  relayOnly: boolean
}

export function isSignalingUrl(value: string): boolean {
  try {
    const url = new URL(value.replace('{host}', 'localhost'))
    return url.protocol === 'ws:' || url.protocol === 'wss:'
  } catch {
    return false
  }
}

export function isIceServer(value: unknown): value is IceServer {
  if (!value || typeof value !== 'object') return false
  const server = value as Record<string, unknown>
  if (typeof server.urls !== 'string' || !/^(stun|stuns|turn|turns):[^\s]+$/.test(server.urls.replace('{host}', 'localhost'))) return false
  const isTurn = server.urls.startsWith('turn')
  if (!isTurn) return server.username === undefined && server.credential === undefined
  return typeof server.username === 'string' && typeof server.credential === 'string'
}

/** One server per line: `stun:host:port`, or `turn:host:port username credential`. */
export function parseIceLine(line: string): IceServer | null {
  const [urls, username, credential, ...extra] = line.trim().split(/\s+/)
  if (!urls || extra.length > 0) return null
  const server: IceServer = username === undefined ? { urls } : { urls, username, credential }
  return isIceServer(server) ? server : null
}

export function iceLine(server: IceServer): string {
  return [server.urls, server.username, server.credential].filter((part) => part !== undefined).join(' ')
}

const host = () => (typeof location === 'undefined' ? 'localhost' : location.hostname)
const resolveHost = (url: string) => url.replace('{host}', host())

interface ConfigFile {
  signaling: string[] | null
  iceServers: IceServer[] | null
  relayOnly: boolean | null
}

async function readConfigFile(): Promise<ConfigFile> {
  const none: ConfigFile = { signaling: null, iceServers: null, relayOnly: null }
  try {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS)
    const response = await fetch('kith.config.json', { cache: 'no-store', signal: controller.signal })
    clearTimeout(timer)
    if (!response.ok) return none
    const config = (await response.json()) as { signaling?: unknown; iceServers?: unknown; iceTransportPolicy?: unknown }
    const signaling = Array.isArray(config.signaling) ? config.signaling.filter((s): s is string => typeof s === 'string' && isSignalingUrl(s)) : []
    return {
      signaling: signaling.length > 0 ? signaling : null,
      // An empty list in the config file is a choice (no STUN, no TURN), unlike a missing one.
      iceServers: Array.isArray(config.iceServers) ? config.iceServers.filter(isIceServer) : null,
      relayOnly: config.iceTransportPolicy === 'relay' ? true : config.iceTransportPolicy === 'all' ? false : null,
    }
  } catch {
    return none
  }
}

async function setting(key: string): Promise<unknown> {
  return (await loadDeviceDb().then((db) => db.settings.get(key)).catch(() => undefined))?.value
}

export async function loadConnectionSettings(): Promise<ConnectionSettings> {
  const [ownSignaling, ownIce, ownRelay, ownLive, config] = await Promise.all([
    setting(SETTINGS.signaling), setting(SETTINGS.ice), setting(SETTINGS.relayOnly), setting(SETTINGS.live), readConfigFile(),
  ])
  const [signaling, signalingSource]: [string[], SettingSource] = Array.isArray(ownSignaling) && ownSignaling.length > 0
    ? [ownSignaling as string[], 'device'] : config.signaling ? [config.signaling, 'config'] : [DEFAULT_SIGNALING, 'default']
  const [iceServers, iceSource]: [IceServer[], SettingSource] = Array.isArray(ownIce)
    ? [(ownIce as unknown[]).filter(isIceServer), 'device'] : config.iceServers ? [config.iceServers, 'config'] : [DEFAULT_ICE, 'default']
  return {
    live: ownLive !== false,
    signaling: signaling.map(resolveHost),
    signalingSource,
    iceServers: iceServers.map((server) => ({ ...server, urls: resolveHost(server.urls) })),
    iceSource,
    relayOnly: typeof ownRelay === 'boolean' ? ownRelay : config.relayOnly ?? false,
  }
}

/** What a provider is given: no signaling at all when live sync is off (tabs of this browser still sync). */
export function signalingInUse(settings: ConnectionSettings): string[] {
  return settings.live ? settings.signaling : []
}

/** Saves the device's own list; an empty list goes back to the config file or the default. */
export async function saveSignalingServers(servers: string[]): Promise<void> {
  const valid = servers.map((s) => s.trim()).filter(isSignalingUrl)
  const db = await loadDeviceDb()
  if (valid.length === 0) await db.settings.delete(SETTINGS.signaling)
  else await db.settings.put({ key: SETTINGS.signaling, value: valid })
}

/** The device's own STUN/TURN list: null goes back to the config file or the default; [] means none. */
export async function saveIceServers(servers: IceServer[] | null): Promise<void> {
  const db = await loadDeviceDb()
  if (servers === null) await db.settings.delete(SETTINGS.ice)
  else await db.settings.put({ key: SETTINGS.ice, value: servers.filter(isIceServer) })
}

export async function saveRelayOnly(relayOnly: boolean): Promise<void> {
  await (await loadDeviceDb()).settings.put({ key: SETTINGS.relayOnly, value: relayOnly })
}

export async function saveLiveSync(live: boolean): Promise<void> {
  await (await loadDeviceDb()).settings.put({ key: SETTINGS.live, value: live })
}
