import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { plan } from '../../../src/domain/planner'
import { PlanBoundNote } from '../../../src/ui/coordinator/PlanBoundNote'
import { staggeredCircle } from '../../../bench/plannerStaggered'

describe('the planner’s bound in Assign', () => {
  const input = staggeredCircle({ helpers: 40, needs: 30, weeks: 2 })

  it('says in words how many more times could at most be covered when the search stopped short', () => {
    const { quality } = plan(input, { searchBudget: 0 })
    render(<PlanBoundNote quality={quality} />)
    const more = quality.bound[0] - quality.covered[0]
    expect(screen.getByRole('note').textContent).toBe(
      `Kith stopped searching before it could prove this is the best plan: at most ${more} more high-priority ${more === 1 ? 'time' : 'times'} could be covered.`,
    )
  })

  it('says nothing when the plan is proven the best there is', () => {
    const { quality } = plan(input)
    expect(quality.provenBest).toBe(true)
    const { container } = render(<PlanBoundNote quality={quality} />)
    expect(container.textContent).toBe('')
  })
})
