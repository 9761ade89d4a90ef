// Runs y-webrtc's own signaling server (PORT, default 4444). It listens on every interface.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// y-webrtc's package exports do not include its bin; its path in node_modules is stable.
const server = fileURLToPath(new URL('../node_modules/y-webrtc/bin/server.js', import.meta.url))
const port = process.env.PORT ?? '4444'
const child = spawn(process.execPath, [server], { stdio: 'inherit', env: { ...process.env, PORT: port } })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
