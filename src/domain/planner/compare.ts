/**
 * Order by code units, the same on every device and in every locale (never `localeCompare`):
 * plans and projections must come out identical wherever they are computed.
 */
export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
