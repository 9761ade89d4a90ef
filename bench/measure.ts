import { gzipSync } from 'node:zlib'

/** Median wall time of `runs` calls, after `warmup` unmeasured ones. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

export function sizes(bytes: Uint8Array): { bytes: number; gzipped: number } {
  return { bytes: bytes.byteLength, gzipped: gzipSync(bytes).byteLength }
}

export function table(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`## ${title}`)
  console.table(rows)
}
