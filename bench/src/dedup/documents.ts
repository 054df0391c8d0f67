/**
 * Identity document numbers as they look per nationality (a national ID card number, or a passport
 * number when the country's card is rarely carried), with their usual separators.
 */
import type { Rng } from './random';

const digits = (rng: Rng, n: number) => {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
};
const letters = (rng: Rng, n: number, alphabet = 'ABCDEFGHJKLMNPRSTUVWXYZ') => {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[rng.int(0, alphabet.length - 1)];
  return s;
};

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');

/** A CURP-shaped key (Mexico): initials, date of birth, sex, state, consonants, check characters. */
function curp(rng: Rng, p: DocumentHolder): string {
  const first = plain(p.firstSurname.replace(/^(de la|del|de los|de) /i, '')) || 'X';
  const second = plain(p.secondSurname.replace(/^(de la|del|de los|de) /i, '')) || 'X';
  const given = plain(p.givenNames.split(' ')[0] ?? '') || 'X';
  const vowel = first.slice(1).match(/[AEIOU]/)?.[0] ?? 'X';
  const consonant = (s: string) => s.slice(1).match(/[^AEIOU]/)?.[0] ?? 'X';
  const date = p.birthDate.slice(2).replaceAll('-', '');
  const state = rng.pick(['DF', 'MC', 'JC', 'CS', 'VZ', 'PL', 'GR', 'OC', 'NL', 'BC']);
  return `${first[0]}${vowel}${second[0]}${given[0]}${date}${p.sex === 'F' ? 'M' : 'H'}${state}${consonant(first)}${consonant(second)}${consonant(given)}${letters(rng, 1, '0123456789ABCDEF')}${digits(rng, 1)}`;
}

export interface DocumentHolder {
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  sex: string;
  birthDate: string;
  nationality: string;
}

/** A plausible document number for the holder's nationality. */
export function documentNumber(rng: Rng, p: DocumentHolder): string {
  const [year, month, day] = p.birthDate.split('-');
  switch (p.nationality) {
    case 'MEX':
      return curp(rng, p);
    case 'HND':
      return `${rng.pick(['0801', '0501', '0101', '1804', '0301', '1601'])}-${year}-${digits(rng, 5)}`;
    case 'GTM':
      return `${digits(rng, 4)} ${digits(rng, 5)} ${rng.pick(['0101', '0901', '1301', '1701', '0501'])}`;
    case 'SLV':
      return `${digits(rng, 8)}-${digits(rng, 1)}`;
    case 'NIC':
      return `${rng.pick(['001', '081', '121', '401', '281'])}-${day}${month}${year?.slice(2)}-${digits(rng, 4)}${letters(rng, 1)}`;
    case 'VEN':
      return `V-${rng.int(5, 32)}.${digits(rng, 3)}.${digits(rng, 3)}`;
    case 'CUB':
      return `${year?.slice(2)}${month}${day}${digits(rng, 5)}`;
    case 'COL':
      return `1.${digits(rng, 3)}.${digits(rng, 3)}.${digits(rng, 3)}`;
    case 'HTI':
      return `${digits(rng, 3)}-${digits(rng, 3)}-${digits(rng, 3)}-${digits(rng, 1)}`;
    case 'BRA':
      return `${digits(rng, 3)}.${digits(rng, 3)}.${digits(rng, 3)}-${digits(rng, 2)}`;
    case 'AGO':
      return `${digits(rng, 9)}${letters(rng, 2)}${digits(rng, 3)}`;
    case 'GHA':
      return `GHA-${digits(rng, 9)}-${digits(rng, 1)}`;
    case 'NGA':
      return digits(rng, 11);
    case 'CMR':
      return `${letters(rng, 2)}${digits(rng, 7)}`;
    default:
      return `${letters(rng, 1)}${digits(rng, 7)}`;
  }
}
