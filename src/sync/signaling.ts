import { deviceDb } from '../local/db'

/**
 * Signaling servers are the one third-party connection Kith makes: they see random room ids
 * and encrypted messages, nothing else. The list is read at run time, never built in: the
 * device's own setting, else `kith.config.json` beside index.html (the README's start command
 * writes one pointing at its local server), else y-webrtc's public default. `{host}` in a URL
 * stands for the host the app was loaded from, so one config serves every device on a network.
 */
export const DEFAULT_SIGNALING = ['wss://y-webrtc-eu.fly.dev']
const SETTING = 'signaling'
const CONFIG_TIMEOUT_MS = 2000

export interface SignalingSettings {
  servers: string[]
  source: 'device' | 'config' | 'default'
}

export function isSignalingUrl(value: string): boolean {
  try {
    const url = new URL(value.replace('{host}', 'localhost'))
    return url.protocol === 'ws:' || url.protocol === 'wss:'
  } catch {
    return false
  }
}

function resolveHost(urls: string[]): string[] {
  const host = typeof location === 'undefined' ? 'localhost' : location.hostname
  return urls.map((url) => url.replace('{host}', host))
}

async function readConfigFile(): Promise<string[] | null> {
  try {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), CONFIG_TIMEOUT_MS)
    const response = await fetch('kith.config.json', { cache: 'no-store', signal: controller.signal })
    clearTimeout(timer)
    if (!response.ok) return null
    const config = (await response.json()) as { signaling?: unknown }
    const servers = Array.isArray(config.signaling) ? config.signaling.filter((s): s is string => typeof s === 'string' && isSignalingUrl(s)) : []
    return servers.length > 0 ? servers : null
  } catch {
    return null
  }
}

export async function loadSignalingSettings(): Promise<SignalingSettings> {
  const own = (await deviceDb().settings.get(SETTING).catch(() => undefined))?.value
  if (Array.isArray(own) && own.length > 0) return { servers: resolveHost(own as string[]), source: 'device' }
  const config = await readConfigFile()
  if (config) return { servers: resolveHost(config), source: 'config' }
  return { servers: DEFAULT_SIGNALING, source: 'default' }
}

/** Saves the device's own list; an empty list goes back to the config file or the default. */
export async function saveSignalingServers(servers: string[]): Promise<void> {
  const valid = servers.map((s) => s.trim()).filter(isSignalingUrl)
  if (valid.length === 0) await deviceDb().settings.delete(SETTING)
  else await deviceDb().settings.put({ key: SETTING, value: valid })
}
