import { looksEstimated, parseBirthDate } from './compare-dates';
import { normaliseDocument } from './documents';
import { NameLexicon } from './lexicon';
import { nameTokens, surnameFieldParts } from './normalise-name';
import type { PersonRecord } from './person-record';
import { normalisePhone } from './phones';

/** "No value" in the integer columns. */
export const NONE = -1;
export const GIVEN_SLOTS = 3;
/** Own first surname, own second surname, married (or third) surname. */
export const SURNAME_SLOTS = 3;
export const DOCUMENT_SLOTS = 2;
export const PHONE_SLOTS = 2;

const SEX_CODES: Record<string, number> = { F: 1, M: 2, X: 3, f: 1, m: 2, x: 3 };

/**
 * People as integer columns, the form the comparison loop reads: interned name tokens, dates as
 * yyyymmdd, codes for sex and countries, interned normalised documents and phone numbers. Raw name
 * strings are parsed once per distinct spelling (a million records hold a few thousand of them).
 */
export class PersonTable {
  size = 0;
  readonly ids: string[] = [];
  given: Int32Array;
  surname: Int32Array;
  birth: Int32Array;
  estimated: Uint8Array;
  sex: Uint8Array;
  nationality: Uint16Array;
  countryOfBirth: Uint16Array;
  document: Int32Array;
  phone: Int32Array;
  private readonly givenCache = new Map<string, number[]>();
  private readonly surnameCache = new Map<string, { own: number[]; married: number[] }>();
  private readonly secondSurnameCache = new Map<string, { own: number[]; married: number[] }>();

  constructor(
    readonly lexicon: NameLexicon = new NameLexicon(),
    private capacity = 1024,
    /** Region for phone numbers typed without a country code (ISO alpha-3); else the nationality. */
    private readonly phoneCountry = '',
  ) {
    this.given = new Int32Array(capacity * GIVEN_SLOTS);
    this.surname = new Int32Array(capacity * SURNAME_SLOTS);
    this.birth = new Int32Array(capacity);
    this.estimated = new Uint8Array(capacity);
    this.sex = new Uint8Array(capacity);
    this.nationality = new Uint16Array(capacity);
    this.countryOfBirth = new Uint16Array(capacity);
    this.document = new Int32Array(capacity * DOCUMENT_SLOTS);
    this.phone = new Int32Array(capacity * PHONE_SLOTS);
  }

  /** Adds a person; returns the row. */
  add(record: PersonRecord): number {
    const birth = parseBirthDate(record.birthDate.trim());
    const row = this.addFields(
      record.id,
      record.givenNames,
      record.firstSurname,
      record.secondSurname,
      record.sex,
      birth < 0 ? 0 : birth,
      record.nationality,
      '',
    );
    if (record.birthDateEstimated) this.estimated[row] = 1;
    this.countryOfBirth[row] = this.countryCode(record.countryOfBirth ?? '');
    let slot = 0;
    for (const document of record.documents ?? []) {
      const normalised = normaliseDocument(document.type, document.number);
      if (normalised && slot < DOCUMENT_SLOTS)
        this.document[row * DOCUMENT_SLOTS + slot++] = this.lexicon.document(normalised);
    }
    slot = 0;
    for (const text of record.phones ?? []) {
      const e164 = normalisePhone(text, this.phoneCountry || record.nationality);
      if (e164 && slot < PHONE_SLOTS) this.phone[row * PHONE_SLOTS + slot++] = this.lexicon.phone(e164);
    }
    // A married name or alias known apart fills the married-surname slot when it is free.
    const married = row * SURNAME_SLOTS + 2;
    for (const other of record.otherNames ?? []) {
      const tokens = nameTokens(other);
      const last = tokens[tokens.length - 1];
      if (last && this.surname[married] === NONE) this.surname[married] = this.lexicon.intern(last);
    }
    return row;
  }

  /** The fast path of the CSV reader: the fields of one row, the birth date already parsed (0 = unknown). */
  addFields(
    id: string,
    givenNames: string,
    firstSurname: string,
    secondSurname: string,
    sex: string,
    birth: number,
    nationality: string,
    documentNumber: string,
  ): number {
    if (this.size === this.capacity) this.grow();
    const row = this.size++;
    this.ids.push(id);
    const given = this.givenTokens(givenNames);
    for (let k = 0; k < GIVEN_SLOTS; k++) this.given[row * GIVEN_SLOTS + k] = given[k] ?? NONE;
    const surnames = this.surnameTokens(firstSurname, secondSurname);
    for (let k = 0; k < SURNAME_SLOTS; k++) this.surname[row * SURNAME_SLOTS + k] = surnames[k] ?? NONE;
    const lexicon = this.lexicon;
    for (const token of given) lexicon.givenCount[token]!++;
    lexicon.givenTotal += given.length;
    for (let k = 0; k < 2 && k < surnames.length; k++)
      if (surnames[k]! >= 0) lexicon.surnameCount[surnames[k]!]!++;
    lexicon.surnameTotal += Math.min(2, surnames.length);
    this.birth[row] = birth;
    this.estimated[row] = birth > 0 && looksEstimated(birth) ? 1 : 0;
    this.sex[row] = SEX_CODES[sex.trim()] ?? 0;
    this.nationality[row] = this.countryCode(nationality);
    this.countryOfBirth[row] = 0;
    for (let k = 0; k < DOCUMENT_SLOTS; k++) this.document[row * DOCUMENT_SLOTS + k] = NONE;
    for (let k = 0; k < PHONE_SLOTS; k++) this.phone[row * PHONE_SLOTS + k] = NONE;
    if (documentNumber) {
      const normalised = normaliseDocument('unknown', documentNumber);
      if (normalised) this.document[row * DOCUMENT_SLOTS] = this.lexicon.document(normalised);
    }
    return row;
  }

  /** Whether a row holds nothing to compare (no name, date, document or phone). */
  isEmpty(row: number): boolean {
    return (
      this.given[row * GIVEN_SLOTS] === NONE &&
      this.surname[row * SURNAME_SLOTS] === NONE &&
      this.birth[row] === 0 &&
      this.document[row * DOCUMENT_SLOTS] === NONE &&
      this.phone[row * PHONE_SLOTS] === NONE
    );
  }

  private givenTokens(text: string): number[] {
    let tokens = this.givenCache.get(text);
    if (tokens === undefined) {
      tokens = nameTokens(text)
        .slice(0, GIVEN_SLOTS)
        .map((t) => this.lexicon.intern(t));
      this.givenCache.set(text, tokens);
    }
    return tokens;
  }

  private surnameTokens(first: string, second: string): number[] {
    const a = this.surnameField(first, false);
    const b = this.surnameField(second, a.own.length > 0);
    let own = a.own;
    let married = a.married;
    if (b.own.length > 0 || b.married.length > 0) {
      own = own.concat(b.own);
      married = married.concat(b.married);
    }
    if (own.length === 0) {
      own = married;
      married = [];
    }
    const third = married.length > 0 ? married[married.length - 1]! : (own[2] ?? NONE);
    if (third !== NONE) return [own[0] ?? NONE, own[1] ?? NONE, third];
    return own.length > 2 ? own.slice(0, 2) : own;
  }

  /** One surname field parsed once per distinct spelling (and position). */
  private surnameField(field: string, afterOwn: boolean): { own: number[]; married: number[] } {
    const cache = afterOwn ? this.secondSurnameCache : this.surnameCache;
    let parts = cache.get(field);
    if (parts === undefined) {
      const text = surnameFieldParts(field, afterOwn);
      parts = {
        own: text.own.map((t) => this.lexicon.intern(t)),
        married: text.married.map((t) => this.lexicon.intern(t)),
      };
      cache.set(field, parts);
    }
    return parts;
  }

  private countryCode(text: string): number {
    return this.lexicon.country(text.trim().toUpperCase());
  }

  private grow(): void {
    this.capacity *= 2;
    const grown = <T extends Int32Array | Uint8Array | Uint16Array>(array: T, width: number): T => {
      const next = new (array.constructor as new (n: number) => T)(this.capacity * width);
      next.set(array);
      return next;
    };
    this.given = grown(this.given, GIVEN_SLOTS);
    this.surname = grown(this.surname, SURNAME_SLOTS);
    this.birth = grown(this.birth, 1);
    this.estimated = grown(this.estimated, 1);
    this.sex = grown(this.sex, 1);
    this.nationality = grown(this.nationality, 1);
    this.countryOfBirth = grown(this.countryOfBirth, 1);
    this.document = grown(this.document, DOCUMENT_SLOTS);
    this.phone = grown(this.phone, PHONE_SLOTS);
  }
}
