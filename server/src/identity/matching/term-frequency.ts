import { GIVEN_SLOTS, NONE, SURNAME_SLOTS, type PersonTable } from './person-table';

/**
 * The adjustment is bounded, and more tightly upward: token frequencies multiplied together
 * underestimate how common a combination is ("María José"), so rarity earns little, commonness more.
 */
const MAX_BITS_UP = 2;
const MAX_BITS_DOWN = 4;

/**
 * Term-frequency adjustment of an exact name agreement: two random people agree on "José Hernández
 * García" far more often than on "Xochitl Tzompantzi", so the agreement counts log2(u / p) bits more
 * (less for common names), where u is the field's average chance agreement and p the frequency of
 * this value in the input (the product of its tokens' frequencies).
 */
export interface TokenAgreement {
  /** The chance that two random tokens of given names, and of surnames, are the same: Σ p². */
  given: number;
  surname: number;
}

/** Σ p² of the token frequencies: the average chance agreement that the adjustment is relative to. */
export function tokenAgreement(t: PersonTable): TokenAgreement {
  const lexicon = t.lexicon;
  let given = 0;
  let surname = 0;
  for (let token = 0; token < lexicon.text.length; token++) {
    if (lexicon.givenTotal > 0) given += (lexicon.givenCount[token]! / lexicon.givenTotal) ** 2;
    if (lexicon.surnameTotal > 0) surname += (lexicon.surnameCount[token]! / lexicon.surnameTotal) ** 2;
  }
  return { given, surname };
}

/**
 * The adjustment of an exact name agreement: for each token, log2(Σp² / p) — below zero for names
 * more common than average, above for rarer ones; zero on average, so the model's weights stay
 * calibrated. Row i's tokens are the agreed ones.
 */
export function termFrequencyBits(
  t: PersonTable,
  i: number,
  givenLevel: number,
  surnameLevel: number,
  agreement: TokenAgreement,
): number {
  const lexicon = t.lexicon;
  let bits = 0;
  if (givenLevel === 0 && agreement.given > 0) {
    let sum = 0;
    for (let k = 0; k < GIVEN_SLOTS; k++) {
      const token = t.given[i * GIVEN_SLOTS + k]!;
      if (token === NONE) break;
      sum += Math.log2((agreement.given * lexicon.givenTotal) / Math.max(1, lexicon.givenCount[token]!));
    }
    bits += clamp(sum);
  }
  if (surnameLevel === 0 && agreement.surname > 0) {
    let sum = 0;
    for (let k = 0; k < 2; k++) {
      const token = t.surname[i * SURNAME_SLOTS + k]!;
      if (token === NONE) break;
      sum += Math.log2(
        (agreement.surname * lexicon.surnameTotal) / Math.max(1, lexicon.surnameCount[token]!),
      );
    }
    bits += clamp(sum);
  }
  return bits;
}

function clamp(bits: number): number {
  return Math.max(-MAX_BITS_DOWN, Math.min(MAX_BITS_UP, bits));
}
