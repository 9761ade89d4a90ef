// The word check loads on demand in the app (the need form, projection, the planner's worker load
// it before a need's words are written); tests write needs through commands directly, so it is
// loaded here. tests/unit/store/safetyVerdict.test.ts takes it away to test what happens without it.
import '../../src/domain/safety'
import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// Screens load on demand (React.lazy); on a loaded machine the first import of a screen's
// module can take seconds: `findBy…` waits that long for it, never longer than it must.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => cleanup())
