import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// Screens load on demand (React.lazy); on a loaded machine the first import of a screen's
// module can take seconds: `findBy…` waits that long for it, never longer than it must.
configure({ asyncUtilTimeout: 10_000 })

afterEach(() => cleanup())
