import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import { catalogues } from './src/i18n/compile'
import { firstLoadChunks } from './vite.firstLoad'

/**
 * y-webrtc imports simple-peer's prebuilt bundle, which carries Node's Buffer, streams and
 * events (about 30 KB gzipped). simple-peer-light is the same peer for browsers, with the same
 * events and methods y-webrtc uses, and no Node polyfills. The sync bench builds with it too.
 */
export const browserAliases = [
  { find: /^simple-peer\/simplepeer\.min\.js$/, replacement: 'simple-peer-light' },
  // Catalogues are compiled at build time (src/i18n/compile.ts): phones never parse ICU, so the
  // parser (about 7 KB gzipped) stays out of the bundle.
  { find: /^@formatjs\/icu-messageformat-parser$/, replacement: '@formatjs/icu-messageformat-parser/no-parser.js' },
]

/** What each role's phone opens first (bench/bundle.bench.ts measures the same screens). */
const firstLoad = firstLoadChunks({
  helper: ['src/ui/helper/HelperApp.tsx'],
  recipient: ['src/ui/recipient/RecipientApp.tsx'],
  circle: ['src/ui/coordinator/CircleScreen.tsx', 'src/ui/coordinator/TodayScreen.tsx'],
  home: ['src/ui/coordinator/Home.tsx'],
  // Not a first screen: the part of a helper's and the recipient's phone that loads right after
  // it (Yjs, their document, sync). Listed so that it too fetches and runs only what it imports,
  // not the coordinator's whole first screen (every schema and command) that shares its modules.
  // With it, what the live screens show beside the tasks (what waits to be sent, a line when not
  // live): otherwise their imports shared with the coordinator's home pull in home's whole chunks.
  live: ['src/ui/helper/HelperLive.tsx', 'src/ui/recipient/RecipientLive.tsx', 'src/ui/shared/SendBack.tsx', 'src/ui/shared/NotLiveLine.tsx'],
}, ['circle'])

export default defineConfig({
  resolve: { dedupe: ['yjs'], alias: browserAliases },
  // The manifest names each built chunk by its source module: `npm run bench` reads it to
  // print what each role's phone downloads first.
  build: {
    target: 'es2022', sourcemap: false, manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstLoad.chunkOf, includeDependenciesRecursively: false }] } } },
  },
  plugins: [
    firstLoad.plugin,
    catalogues(),
    react(),
    VitePWA({
      // A new version waits for the person to accept it: never a silent reload over a form.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Kith',
        short_name: 'Kith',
        description: 'Organise care around someone going through a hard time.',
        theme_color: '#2f5d50',
        background_color: '#f7f5f0',
        display: 'standalone',
        start_url: '.',
        scope: '.',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // kith.config.json is read at run time and must never be served stale from the cache.
        navigateFallbackDenylist: [/^\/kith\.config\.json$/],
      },
    }),
  ],
})
