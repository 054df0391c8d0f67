/**
 * A phonetic key for names as a Spanish-speaking officer hears and writes them, tolerant of the French
 * and Haitian Creole spellings of the region. Input: one folded token (see foldName). Output: a short
 * string over a reduced alphabet; two spellings that sound alike in Latin American Spanish share it.
 *
 * The rules, in order (each has tests of pairs that must and must not collide):
 * - French/Creole: eau/au(x) → o, ou → u, oi → ua, w → u, final e after a doubled consonant is silent
 *   (Pierre/Pier, Yvette/Ivet), je/ge before a vowel → j (Jean/Jan), gn → n, ph → f, th → t, kh → j.
 * - ch and sh are one sound class (Chávez/Shávez, Creole ch = French ch).
 * - silent h; ll and y before a vowel → y, other y → i (Eloy/Eloi).
 * - b/v; c before e/i, z, s → s; qu before e/i, k, q, c elsewhere → k; gu before e/i → g;
 *   g before e/i, j and x → j (México/Méjico, Ximena/Jimena); ks → j (Aleksandr/Alexander);
 *   pt → t (Baptiste/Batiste).
 * - n before b/p → m (Sanbrano/Zambrano); doubled letters collapse (rr/r, ll handled above, nn/n).
 * - final s and final d drop, as in Caribbean and coastal speech (Hernández/Hernánde, Trinidad/Trinidá).
 */
export function phoneticKey(token: string): string {
  let s = token.replace(/[^a-z]/g, '');
  if (s.length === 0) return '';
  // French and Creole spellings first, while the letters still mean what they were written as.
  s = s
    .replace(/eaux?$/, 'o')
    .replace(/eau/g, 'o')
    .replace(/aux?$/, 'o')
    .replace(/([bcdfgklmnprstvz])\1e$/, '$1')
    .replace(/coi/g, 'soi')
    .replace(/oi/g, 'ua')
    .replace(/ou/g, 'u')
    .replace(/w/g, 'u')
    .replace(/([jg])e([aou])/g, 'j$2')
    .replace(/(.)gn/g, '$1n')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/kh/g, 'j')
    .replace(/tch/g, 'ch')
    .replace(/[cs]h/g, 'C')
    .replace(/h/g, '')
    .replace(/ll/g, 'y')
    .replace(/y(?![aeiou])/g, 'i')
    .replace(/sc(?=[ei])/g, 's')
    .replace(/c(?=[ei])/g, 's')
    .replace(/z/g, 's')
    .replace(/qu(?=[ei])/g, 'k')
    .replace(/gu(?=[ei])/g, 'G')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/ks/g, 'j')
    .replace(/x/g, 'j')
    .replace(/[ckq]/g, 'k')
    .replace(/v/g, 'b')
    .replace(/n(?=[bp])/g, 'm')
    .replace(/G/g, 'g')
    .replace(/pt/g, 't')
    .replace(/(.)\1+/g, '$1');
  // Dropped final consonants of speech; keep at least two letters so "Ruiz" and "Ruth" stay apart.
  if (s.length > 2) s = s.replace(/[sd]$/, '');
  return s;
}
