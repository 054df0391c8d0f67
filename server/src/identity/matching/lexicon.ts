import { canonicalGivenName } from './given-name-variants';
import { withinEdits, withinOneEdit } from './edit-distance';
import { phoneticKey } from './phonetic-key';

/**
 * Interned name tokens: each distinct folded token gets an integer id once, with its phonetic key
 * (of its canonical variant, so Lupe and Guadalupe share it) and its count, so the comparison loop
 * works on integers and names that repeat a million times are normalised once.
 */
export class NameLexicon {
  private readonly ids = new Map<string, number>();
  private readonly phoneticIds = new Map<string, number>();
  readonly text: string[] = [];
  /** Id of the phonetic key of the token's canonical variant. */
  readonly phonetic: number[] = [];
  /** Id of the phonetic key of the token as written (for blocking on surnames). */
  readonly sound: number[] = [];
  readonly phoneticText: string[] = [];
  /** The letters a token, and its phonetic key, contain, as bits: a cheap bound before edit distance. */
  private readonly letters: number[] = [];
  private readonly phoneticLetters: number[] = [];
  /** How many times the token was seen in given names and in surnames (for frequency weights). */
  readonly givenCount: number[] = [];
  readonly surnameCount: number[] = [];
  givenTotal = 0;
  surnameTotal = 0;
  private readonly countries = new Map<string, number>([['', 0]]);
  private readonly documents = new Map<string, number>();
  private readonly phones = new Map<string, number>();
  /** Normalised document numbers and E.164 phone numbers by id. */
  readonly documentText: string[] = [];
  readonly phoneText: string[] = [];

  /** How many distinct values it holds (a long-lived lexicon is replaced when it grows too big). */
  get entries(): number {
    return this.text.length + this.documentText.length + this.phoneText.length;
  }

  /** A country code (ISO alpha-3, upper case) as a small integer; '' → 0. */
  country(code: string): number {
    let id = this.countries.get(code);
    if (id === undefined) {
      id = this.countries.size;
      this.countries.set(code, id);
    }
    return id;
  }

  document(normalised: string): number {
    let id = this.documents.get(normalised);
    if (id === undefined) {
      id = this.documentText.length;
      this.documents.set(normalised, id);
      this.documentText.push(normalised);
    }
    return id;
  }

  phone(e164: string): number {
    let id = this.phones.get(e164);
    if (id === undefined) {
      id = this.phoneText.length;
      this.phones.set(e164, id);
      this.phoneText.push(e164);
    }
    return id;
  }

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id !== undefined) return id;
    id = this.text.length;
    this.ids.set(token, id);
    this.text.push(token);
    this.phonetic.push(this.phoneticId(phoneticKey(canonicalGivenName(token))));
    this.sound.push(this.phoneticId(phoneticKey(token)));
    this.givenCount.push(0);
    this.surnameCount.push(0);
    this.letters.push(letterBits(token));
    return id;
  }

  private phoneticId(key: string): number {
    let id = this.phoneticIds.get(key);
    if (id === undefined) {
      id = this.phoneticText.length;
      this.phoneticIds.set(key, id);
      this.phoneticText.push(key);
      this.phoneticLetters.push(letterBits(key));
    }
    return id;
  }

  /** Typing distance: within one edit (two for tokens of eight letters or more), or sounds one edit apart. */
  typo(a: number, b: number): boolean {
    if (a === b) return true;
    const ta = this.text[a]!;
    const tb = this.text[b]!;
    const shorter = ta.length < tb.length ? ta.length : tb.length;
    if (shorter < 4) return false;
    // An edit changes which letters occur by at most two: more differing letters, no typo.
    const limit = shorter >= 8 ? 2 : 1;
    if (bitCount(this.letters[a]! ^ this.letters[b]!) <= 2 * limit) {
      if (limit === 2 ? withinEdits(ta, tb, 2) : withinOneEdit(ta, tb)) return true;
    }
    const pa = this.phonetic[a]!;
    const pb = this.phonetic[b]!;
    if (bitCount(this.phoneticLetters[pa]! ^ this.phoneticLetters[pb]!) > 2) return false;
    return withinOneEdit(this.phoneticText[pa]!, this.phoneticText[pb]!);
  }
}

/** One bit per letter a–z present (other characters share bit 26). */
function letterBits(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) - 97;
    bits |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return bits;
}

function bitCount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
