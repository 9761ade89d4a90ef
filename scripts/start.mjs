// `npm start`: builds the app, then serves it on 127.0.0.1 with a y-webrtc signaling server
// beside it, and tells the app where that server is (dist/kith.config.json).
import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'

const APP_PORT = process.env.KITH_PORT ?? '4173'
const SIGNALING_PORT = process.env.KITH_SIGNALING_PORT ?? '4444'

const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
writeFileSync('dist/kith.config.json', `${JSON.stringify({ signaling: [`ws://{host}:${SIGNALING_PORT}`] }, null, 2)}\n`)

const children = [
  spawn(process.execPath, ['scripts/signaling.mjs'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PORT: SIGNALING_PORT } }),
  spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', APP_PORT, '--strictPort'], { stdio: 'inherit' }),
]
console.log(`Kith signaling server: ws://127.0.0.1:${SIGNALING_PORT}`)
const stop = () => children.forEach((child) => child.kill('SIGTERM'))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(0) })
for (const child of children) child.on('exit', (code) => { stop(); process.exit(code ?? 0) })
