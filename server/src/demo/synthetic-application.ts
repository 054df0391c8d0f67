import type { DependantInput, PersonInput, RegisterApplicationInput } from '@refugio/contract';
import { namePools, type NamePool } from './names';
import { pick, weighted } from './random';

const origins = [
  ['HND', 'central_america', 24],
  ['SLV', 'central_america', 10],
  ['GTM', 'central_america', 6],
  ['GTM', 'guatemala_maya', 3],
  ['NIC', 'central_america', 6],
  ['CUB', 'cuba', 14],
  ['HTI', 'haiti', 18],
  ['VEN', 'venezuela_colombia', 12],
  ['COL', 'venezuela_colombia', 4],
] as const;

const entryPlaces = [
  'Ciudad Hidalgo, Chiapas',
  'Tapachula, Chiapas',
  'El Ceibo, Tabasco',
  'Aeropuerto Internacional de la Ciudad de México',
  'Tijuana, Baja California',
];
const needsForAdults = [
  'WR-WR',
  'WR-SF',
  'SP-PT',
  'SM-CI',
  'SM-MI',
  'LP-ND',
  'LP-RR',
  'TR-WV',
  'SV-VO',
  'SV-VF',
  'ER-NF',
];
const needsForChildren = ['SC-UC', 'SC-SC', 'CR-NE', 'SM-MN', 'CR-SE'];

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) =>
  isoDate(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000));

function person(
  random: () => number,
  pool: NamePool,
  opts: { sex: 'F' | 'M'; birthYear: number; nationality: string; surnames: [string, string] },
): PersonInput {
  const given = pick(random, opts.sex === 'F' ? pool.female : pool.male);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const estimated = random() < 0.08;
  return {
    givenNames: given,
    firstSurname: opts.surnames[0],
    secondSurname: pool.twoSurnames ? opts.surnames[1] : '',
    sex: opts.sex,
    birthDate: estimated
      ? `${opts.birthYear}-01-01`
      : `${opts.birthYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    birthDateEstimated: estimated,
    countryOfBirth: opts.nationality,
    nationalities: [opts.nationality],
    countryOfOrigin: opts.nationality,
    languages: [...pool.languages],
    needsInterpreter: !pool.languages.includes('spa'),
  };
}

/**
 * A realistic application: a principal from one of the region's main origins, sometimes with a
 * spouse and children, dates in the given window, some specific needs. Used by the demo data and
 * the registration benchmark.
 */
export function syntheticApplication(
  random: () => number,
  window: { from: string; days: number },
  familySize?: number,
): RegisterApplicationInput {
  const [nationality, poolName] = weighted(
    random,
    origins.map(([n, p, w]) => [[n, p] as const, w] as const),
  );
  const pool = namePools[poolName]!;
  const size =
    familySize ??
    weighted(random, [
      [1, 45],
      [2, 15],
      [3, 20],
      [4, 12],
      [5, 8],
    ] as const);
  const applicationDate = addDays(window.from, Math.floor(random() * window.days));
  const entryDate = addDays(
    applicationDate,
    -weighted(random, [
      [3, 30],
      [12, 30],
      [25, 20],
      [40, 12],
      [90, 8],
    ] as const),
  );
  const principalSex = random() < 0.55 ? 'F' : 'M';
  const year = Number(applicationDate.slice(0, 4));
  const surname = () => pick(random, pool.surnames);
  const principalSurnames: [string, string] = [surname(), surname()];
  const principal = person(random, pool, {
    sex: principalSex,
    birthYear: year - 19 - Math.floor(random() * 40),
    nationality,
    surnames: principalSurnames,
  });
  if (random() < 0.3) principal.specificNeeds = [pick(random, needsForAdults)];
  if (random() < 0.6)
    principal.phone = `+52 962 ${100 + Math.floor(random() * 900)} ${1000 + Math.floor(random() * 9000)}`;
  const dependants: DependantInput[] = [];
  const otherParent: [string, string] = [surname(), surname()];
  if (size >= 2 && random() < 0.7) {
    dependants.push({
      ...person(random, pool, {
        sex: principalSex === 'F' ? 'M' : 'F',
        birthYear: year - 20 - Math.floor(random() * 30),
        nationality,
        surnames: otherParent,
      }),
      relationship: 'spouse',
    });
  }
  while (dependants.length < size - 1) {
    // Children carry the father's first surname then the mother's, as in the region.
    const childSurnames: [string, string] =
      principalSex === 'F' ? [otherParent[0], principalSurnames[0]] : [principalSurnames[0], otherParent[0]];
    const child = person(random, pool, {
      sex: random() < 0.5 ? 'F' : 'M',
      birthYear: year - 1 - Math.floor(random() * 16),
      nationality,
      surnames: childSurnames,
    });
    if (random() < 0.1)
      child.specificNeeds = [
        pick(
          random,
          needsForChildren.filter((c) => !c.startsWith('SC')),
        ),
      ];
    dependants.push({ ...child, relationship: 'child' });
  }
  return {
    entryDate,
    entryPlace: pick(random, entryPlaces),
    applicationDate,
    lateFilingJustification:
      random() < 0.5
        ? ''
        : 'Refiere que permaneció hospitalizada tras su ingreso y no pudo acudir antes a la oficina.',
    principal,
    dependants,
  };
}
