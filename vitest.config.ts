import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { catalogues } from './src/i18n/compile'

export default defineConfig({
  // Catalogues compiled as in the build, so tests format exactly what phones format.
  plugins: [catalogues(), react()],
  resolve: { dedupe: ['yjs'] },
  test: {
    projects: [
      {
        extends: true,
        // Property tests run hundreds of cases; on a loaded two-core machine some take longer
        // than the default 5 s: a longer timeout against hangs, never a timed assertion.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/unit/setup.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx', 'tests/component/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
          // Typing through user-event on a loaded two-core machine can take longer than the
          // default 5 s: a longer timeout, never a timed assertion.
          testTimeout: 20_000,
        },
      },
    ],
  },
})
