/**
 * True people of a labelled set, generated a group at a time: a single person, a family (the hard
 * negatives: siblings with close birth dates, twins, a son who carries his father's name, spouses),
 * or two unrelated people with the same name.
 */
import * as hispanic from './names/hispanic';
import * as haitian from './names/haitian';
import * as extra from './names/extra-continental';
import { documentNumber } from './documents';
import { Weighted, zipf, type Rng } from './random';
import type { Culture, Profile } from './profiles';

export type Role = 'single' | 'head' | 'spouse' | 'child' | 'twin' | 'junior' | 'namesake';
export type GroupKind = 'single' | 'family' | 'namesakes';

export interface TruePerson {
  personId: string;
  groupId: string;
  groupKind: GroupKind;
  role: Role;
  culture: Culture;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  sex: 'F' | 'M';
  /** YYYY-MM-DD. */
  birthDate: string;
  nationality: string;
  /** '' when the person holds no document. */
  documentNumber: string;
  /** The husband's first surname, for a married woman (married names "de <husband>"). */
  spouseSurname: string;
}

const unique = <T>(values: readonly T[]) => [...new Set(values)];

interface NamePool {
  female: Weighted<string>;
  male: Weighted<string>;
  /** Compound given names: share, and how the second name is drawn. */
  compoundShare: number;
  compound(rng: Rng, sex: 'F' | 'M'): string;
  surname: Weighted<string>;
  /** Whether people carry two surnames (father's, mother's). */
  twoSurnames: boolean;
}

const hispanicFemale = zipf(unique(hispanic.femaleGiven), 0.9);
const hispanicMale = zipf(unique(hispanic.maleGiven), 0.9);
const hispanicFemaleHeads = zipf(hispanic.femaleCompoundHeads, 1.4);
const hispanicMaleHeads = zipf(hispanic.maleCompoundHeads, 1.2);
const haitianFemaleCompound = zipf(haitian.femaleCompound, 0.8);
const haitianMaleCompound = zipf(haitian.maleCompound, 0.8);
const haitianFemale = zipf(unique(haitian.femaleGiven), 0.9);
const haitianMale = zipf(unique(haitian.maleGiven), 0.9);
const portugueseFemale = zipf(extra.portugueseFemale, 0.9);
const portugueseMale = zipf(extra.portugueseMale, 0.9);
const anglophoneFemale = zipf(extra.anglophoneFemale, 0.8);
const anglophoneMale = zipf(extra.anglophoneMale, 0.8);

function secondGiven(rng: Rng, pool: Weighted<string>, first: string): string {
  for (let i = 0; i < 5; i++) {
    const name = pool.pick(rng);
    if (name !== first) return name;
  }
  return first === 'Luis' ? 'Carlos' : 'Luis';
}

const POOLS: Record<Culture, NamePool> = {
  hispanic: {
    female: hispanicFemale,
    male: hispanicMale,
    compoundShare: 0.4,
    compound(rng, sex) {
      const head = (sex === 'F' ? hispanicFemaleHeads : hispanicMaleHeads).pick(rng);
      // "María José" and "José María" exist: a woman's compound may end in a man's name after María.
      const tail =
        sex === 'F' && head === 'María' && rng.chance(0.12)
          ? rng.pick(['José', 'Jesús', 'Antonio'])
          : secondGiven(rng, sex === 'F' ? hispanicFemale : hispanicMale, head);
      return `${head} ${tail}`;
    },
    surname: zipf(unique(hispanic.surnames), 0.7, 1.5),
    twoSurnames: true,
  },
  haitian: {
    female: haitianFemale,
    male: haitianMale,
    compoundShare: 0.35,
    compound(rng, sex) {
      // Either a hyphenated French compound or two given names side by side ("Marie Carmel").
      if (rng.chance(0.5)) return (sex === 'F' ? haitianFemaleCompound : haitianMaleCompound).pick(rng);
      const first = sex === 'F' ? 'Marie' : rng.pick(['Jean', 'Pierre', 'Joseph']);
      return `${first} ${secondGiven(rng, sex === 'F' ? haitianFemale : haitianMale, first)}`;
    },
    surname: zipf(unique(haitian.surnames), 0.8),
    twoSurnames: false,
  },
  portuguese: {
    female: portugueseFemale,
    male: portugueseMale,
    compoundShare: 0.55,
    compound(rng, sex) {
      const pool = sex === 'F' ? portugueseFemale : portugueseMale;
      const first = pool.pick(rng);
      return `${first} ${secondGiven(rng, pool, first)}`;
    },
    surname: zipf(extra.portugueseSurnames, 0.8),
    twoSurnames: true,
  },
  anglophone: {
    female: anglophoneFemale,
    male: anglophoneMale,
    compoundShare: 0.6,
    compound(rng, sex) {
      const pool = sex === 'F' ? anglophoneFemale : anglophoneMale;
      const first = pool.pick(rng);
      return `${first} ${secondGiven(rng, pool, first)}`;
    },
    surname: zipf(extra.anglophoneSurnames, 0.7),
    twoSurnames: false,
  },
};

function givenNamesOf(rng: Rng, culture: Culture, sex: 'F' | 'M'): string {
  const pool = POOLS[culture];
  if (rng.chance(pool.compoundShare)) return pool.compound(rng, sex);
  return (sex === 'F' ? pool.female : pool.male).pick(rng);
}

/** The applications are dated up to the end of 2026; ages are relative to it. */
const REFERENCE_YEAR = 2026;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
export const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!);
const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function dateInYear(rng: Rng, year: number): string {
  const month = rng.int(1, 12);
  return isoDate(year, month, rng.int(1, daysInMonth(year, month)));
}

/** Adult ages of claimants: mostly 18–45, a tail to 75. */
const adultAge = new Weighted<[number, number]>([
  [[18, 24], 22],
  [[25, 34], 34],
  [[35, 44], 24],
  [[45, 59], 14],
  [[60, 75], 6],
]);

function adultBirthYear(rng: Rng): number {
  const [lo, hi] = adultAge.pick(rng);
  return REFERENCE_YEAR - rng.int(lo, hi);
}

const nationalityPickers = new WeakMap<Profile, Record<Culture, Weighted<string>>>();
const culturePickers = new WeakMap<Profile, Weighted<Culture>>();

function pickers(profile: Profile) {
  let nationalities = nationalityPickers.get(profile);
  if (!nationalities) {
    nationalities = Object.fromEntries(
      Object.entries(profile.nationalities).map(([culture, weights]) => [
        culture,
        new Weighted(Object.entries(weights)),
      ]),
    ) as Record<Culture, Weighted<string>>;
    nationalityPickers.set(profile, nationalities);
  }
  let cultures = culturePickers.get(profile);
  if (!cultures) {
    cultures = new Weighted(Object.entries(profile.cultures) as [Culture, number][]);
    culturePickers.set(profile, cultures);
  }
  return { nationalities, cultures };
}

interface Draft {
  role: Role;
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  sex: 'F' | 'M';
  birthDate: string;
  spouseSurname?: string;
}

function person(rng: Rng, culture: Culture, role: Role, sex: 'F' | 'M', birthYear: number): Draft {
  const pool = POOLS[culture];
  const first = pool.surname.pick(rng);
  let second = pool.twoSurnames ? pool.surname.pick(rng) : '';
  if (second === first && rng.chance(0.7)) second = pool.surname.pick(rng);
  return {
    role,
    givenNames: givenNamesOf(rng, culture, sex),
    firstSurname: first,
    secondSurname: second,
    sex,
    birthDate: dateInYear(rng, birthYear),
  };
}

/**
 * A child's surnames by convention: Spanish (father's first, mother's first), Portuguese
 * (mother's last surname, then the father's), one surname from the father otherwise.
 */
function childSurnames(culture: Culture, father: Draft, mother: Draft | undefined): [string, string] {
  switch (culture) {
    case 'hispanic':
      return [father.firstSurname, mother?.firstSurname ?? father.secondSurname];
    case 'portuguese':
      return [
        mother?.secondSurname || mother?.firstSurname || father.firstSurname,
        father.secondSurname || father.firstSurname,
      ];
    case 'haitian':
    case 'anglophone':
      return [father.firstSurname, ''];
  }
}

/** Parents do not give two children the same given names (a "Jr" is named after the father on purpose). */
function distinctGivenNames(rng: Rng, culture: Culture, child: Draft, family: readonly Draft[]): void {
  for (let i = 0; i < 10 && family.some((other) => other.givenNames === child.givenNames); i++) {
    child.givenNames = givenNamesOf(rng, culture, child.sex);
  }
}

function family(rng: Rng, culture: Culture): Draft[] {
  const fatherYear = REFERENCE_YEAR - rng.int(22, 55);
  const father = person(rng, culture, 'head', 'M', fatherYear);
  const members: Draft[] = [father];
  let mother: Draft | undefined;
  if (rng.chance(0.75)) {
    mother = person(rng, culture, 'spouse', 'F', Math.min(REFERENCE_YEAR - 18, fatherYear + rng.int(-3, 8)));
    if (culture !== 'hispanic' && culture !== 'portuguese') mother.secondSurname = '';
    // Married women: some take the husband's name; every record may show it (married_name).
    mother.spouseSurname = father.firstSurname;
    members.push(mother);
  }
  const children = rng.int(1, 4);
  let year = Math.max(
    fatherYear + 18,
    (mother ? Number(mother.birthDate.slice(0, 4)) : fatherYear) + rng.int(17, 24),
  );
  for (let i = 0; i < children && year <= REFERENCE_YEAR; i++) {
    const sex = rng.chance(0.5) ? 'F' : 'M';
    const child = person(rng, culture, 'child', sex, year);
    [child.firstSurname, child.secondSurname] = childSurnames(culture, father, mother);
    distinctGivenNames(rng, culture, child, members);
    if (i === 0 && sex === 'M' && rng.chance(0.25)) {
      // "Jr": the eldest son carries his father's given names.
      child.role = 'junior';
      child.givenNames = father.givenNames;
    }
    members.push(child);
    if (rng.chance(0.06) && year <= REFERENCE_YEAR) {
      // Twins: same birth date and surnames, often names of the same pattern.
      const twinSex = rng.chance(0.6) ? sex : sex === 'F' ? 'M' : 'F';
      const twin = person(rng, culture, 'twin', twinSex, year);
      twin.birthDate = child.birthDate;
      [twin.firstSurname, twin.secondSurname] = [child.firstSurname, child.secondSurname];
      const head = child.givenNames.split(' ')[0]!;
      if (child.givenNames.includes(' ') && twinSex === sex && rng.chance(0.5)) {
        // María José and María Fernanda: only the second name tells them apart.
        twin.givenNames = `${head} ${secondGiven(rng, sex === 'F' ? POOLS[culture].female : POOLS[culture].male, head)}`;
      }
      distinctGivenNames(rng, culture, twin, members);
      child.role = 'twin';
      members.push(twin);
    }
    year += rng.int(1, 4);
  }
  return members;
}

/** The true people of group `index` (1 to 7 people), drawn with `rng` (the group's own stream). */
export function peopleOfGroup(rng: Rng, profile: Profile, index: number): TruePerson[] {
  const { nationalities, cultures } = pickers(profile);
  const culture = cultures.pick(rng);
  const nationality = nationalities[culture].pick(rng);
  const groupId = `g${index}`;
  const draw = rng.next();
  let kind: GroupKind;
  let drafts: Draft[];
  if (draw < profile.familyShare) {
    kind = 'family';
    drafts = family(rng, culture);
  } else if (draw < profile.familyShare + profile.namesakeShare) {
    kind = 'namesakes';
    const sex = rng.chance(0.5) ? 'F' : 'M';
    const a = person(rng, culture, 'namesake', sex, adultBirthYear(rng));
    const b = person(
      rng,
      culture,
      'namesake',
      sex,
      rng.chance(0.3) ? Number(a.birthDate.slice(0, 4)) : adultBirthYear(rng),
    );
    [b.givenNames, b.firstSurname, b.secondSurname] = [a.givenNames, a.firstSurname, a.secondSurname];
    if (b.birthDate === a.birthDate) b.birthDate = dateInYear(rng, Number(a.birthDate.slice(0, 4)) - 1);
    drafts = [a, b];
  } else {
    kind = 'single';
    const sex = rng.chance(0.45) ? 'F' : 'M';
    const year = rng.chance(0.12) ? REFERENCE_YEAR - rng.int(0, 17) : adultBirthYear(rng);
    drafts = [person(rng, culture, 'single', sex, year)];
  }
  return drafts.map((draft, k) => {
    // Namesakes are unrelated: each has a nationality of their own.
    const ownNationality = kind === 'namesakes' && k > 0 ? nationalities[culture].pick(rng) : nationality;
    const base = {
      givenNames: draft.givenNames,
      firstSurname: draft.firstSurname,
      secondSurname: draft.secondSurname,
      sex: draft.sex,
      birthDate: draft.birthDate,
      nationality: ownNationality,
    };
    return {
      personId: `${groupId}.${k}`,
      groupId,
      groupKind: kind,
      role: draft.role,
      culture,
      ...base,
      documentNumber: rng.chance(profile.documentShare) ? documentNumber(rng, base) : '',
      spouseSurname: draft.spouseSurname ?? '',
    };
  });
}
