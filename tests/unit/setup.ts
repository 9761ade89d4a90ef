// The word check loads on demand in the app (the need form, projection, the planner's worker load
// it before a need's words are written); tests write needs through commands directly, so it is
// loaded here. tests/unit/store/safetyVerdict.test.ts takes it away to test what happens without it.
import '../../src/domain/safety'
import fc from 'fast-check'

/**
 * Property tests explore new random cases on every local run; in CI they replay one fixed
 * seed, so a submission's result does not depend on the luck of the draw (a failure found
 * locally is reported with its seed, to be fixed or pinned as a plain test).
 */
if (process.env.CI) fc.configureGlobal({ seed: 20261125 })
