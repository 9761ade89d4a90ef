/**
 * Order machine strings (ids, keys, ISO dates and times) by code units: the same on every
 * device and in every locale, and no collation data to load (never `localeCompare` for these:
 * plans, projections and stored lists must come out identical wherever they are computed).
 * People's names and titles keep `localeCompare`.
 */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
