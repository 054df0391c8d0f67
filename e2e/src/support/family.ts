import { CLOCK_START } from './refugio-server';

/** One person as the officer types them in; option values are keys of UiText['option'] or a country's name. */
export interface Member {
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  otherNames?: string;
  sex: 'F' | 'M';
  /** dd/mm/yyyy, as typed. */
  birthDate: string;
  birthDateEstimated?: boolean;
  /** Country of birth, nationality and country of origin (the same for everyone here). */
  country: string;
  needsInterpreter?: boolean;
  phone?: string;
  address?: string;
  passport?: string;
  relationship?: 'spouse' | 'child';
  /** UNHCR code CR-NE, chosen from its category. */
  notAttendingSchool?: boolean;
}

export interface Family {
  entryPlace: string;
  principal: Member;
  dependants: Member[];
  /** What an officer types to find the family again: no accents, another order. */
  search: string;
}

export const fullName = (m: Member) =>
  [m.givenNames, m.firstSurname, m.secondSurname].filter(Boolean).join(' ');

/** Registered in the Spanish journey. */
export const nunezFamily: Family = {
  entryPlace: 'Ciudad Hidalgo, Chiapas',
  principal: {
    givenNames: 'José Ángel',
    firstSurname: 'Núñez',
    secondSurname: 'Pérez',
    otherNames: 'Chepe Núñez',
    sex: 'M',
    birthDate: '14/03/1986',
    country: 'Honduras',
    phone: '+52 962 118 4410',
    address: 'Calle 5 Poniente 12, Col. Centro, Tapachula, Chiapas',
    passport: 'G0482913',
  },
  dependants: [
    {
      givenNames: 'María Inés',
      firstSurname: 'Zúñiga',
      secondSurname: '',
      sex: 'F',
      birthDate: '02/09/1989',
      country: 'Honduras',
      relationship: 'spouse',
    },
    {
      givenNames: 'Sofía',
      firstSurname: 'Núñez',
      secondSurname: 'Zúñiga',
      sex: 'F',
      birthDate: '20/06/2016',
      birthDateEstimated: true,
      country: 'Honduras',
      relationship: 'child',
      notAttendingSchool: true,
    },
  ],
  search: 'nunez perez jose angel',
};

/** Registered in the English journey (on the same server, so a different family). */
export const gutierrezFamily: Family = {
  entryPlace: 'Talismán, Chiapas',
  principal: {
    givenNames: 'Nicolás Andrés',
    firstSurname: 'Gutiérrez',
    secondSurname: 'Peña',
    sex: 'M',
    birthDate: '11/11/1979',
    country: 'El Salvador',
    phone: '+52 962 640 2231',
    address: 'Av. Central Norte 48, Tapachula, Chiapas',
    passport: 'A7730215',
  },
  dependants: [
    {
      givenNames: 'Mónica',
      firstSurname: 'Quiñónez',
      secondSurname: 'Ávila',
      sex: 'F',
      birthDate: '30/01/1983',
      country: 'El Salvador',
      relationship: 'spouse',
    },
    {
      givenNames: 'Ámbar Lucía',
      firstSurname: 'Gutiérrez',
      secondSurname: 'Quiñónez',
      sex: 'F',
      birthDate: '05/07/2014',
      country: 'El Salvador',
      relationship: 'child',
      notAttendingSchool: true,
    },
  ],
  search: 'pena nicolas gutierrez',
};

/** A date `days` before today on the server's clock (Mexico City), as dd/mm/yyyy. */
export function daysAgo(days: number, now = CLOCK_START): string {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Mexico_City',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day - days));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}
