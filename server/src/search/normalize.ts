/**
 * Name normalisation for search: case-, accent- and punctuation-insensitive, so "perez juan" finds
 * "Juan Pérez" and "NUNEZ" finds "Núñez". Applied the same way to stored names and to queries, in
 * TypeScript, so both database engines behave identically without depending on `unaccent`.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The distinct search tokens of a query, longest first (the most selective filter leads). */
export function searchTokens(query: string): string[] {
  const tokens = normalizeForSearch(query).split(' ').filter(Boolean);
  return [...new Set(tokens)].sort((a, b) => b.length - a.length).slice(0, 8);
}
