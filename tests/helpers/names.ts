import fc from 'fast-check'

/** An oracle written apart from the code: strip accents and case, then look for the words with lookarounds. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ')
}
export function appears(text: string, name: string): boolean {
  const escaped = plain(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(plain(text))
}

const ACCENTED: Record<string, string[]> = { a: ['á', 'à', 'ä', 'a\u0301'], e: ['é', 'è', 'ë', 'e\u0308'], o: ['ó', 'ö', 'ô'], u: ['ú', 'ü'], i: ['í', 'ï'] }
/** The name as someone might type it: any case, accents added or dropped. */
export const spelledAnyhow = (name: string) =>
  fc.array(fc.nat(7), { minLength: name.length, maxLength: name.length }).map((choices) =>
    [...name].map((char, i) => {
      const pick = choices[i]
      const lower = char.toLowerCase()
      if (pick < 2 && ACCENTED[lower]) return ACCENTED[lower][pick % ACCENTED[lower].length]
      return pick < 5 ? char.toUpperCase() : lower
    }).join(''))
