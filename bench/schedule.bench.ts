import { expandNeeds } from '../src/domain/schedule'
import { BENCH_END, BENCH_START, BENCH_ZONE, circleStore, syntheticNeeds } from './fixtures'
import { medianMs, table } from './measure'

export async function runScheduleBench(): Promise<void> {
  const needs = circleStore(syntheticNeeds(300)).getSnapshot().needs
  const range = { circleStart: BENCH_START, circleEnd: BENCH_END, timeZone: BENCH_ZONE, from: BENCH_START, to: BENCH_END }
  const occurrences = expandNeeds(needs, range).length
  table('Schedule expansion', [
    { case: '300 needs over 12 weeks', occurrences, 'median ms': medianMs(() => expandNeeds(needs, range)).toFixed(1) },
  ])
}
