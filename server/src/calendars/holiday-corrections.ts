import type { CountryCode3 } from '@refugio/contract';
import type { DateRule, YearRange } from './date-rules';
import type { IsoDate } from './iso-date';
import type { Confidence } from './non-working-day';

interface Sourced {
  readonly country: CountryCode3;
  readonly source: string;
  readonly confidence: Confidence;
}

/**
 * A known error of date-holidays, fixed before its list is used. `drop` removes the library's rule
 * (matched on its exact rule text, so an upstream fix makes the drop a no-op instead of a wrong day);
 * `add` adds a day the library misses or types wrongly; `move` replaces one year's date by the date a
 * law or the official yearly notice moved it to.
 */
export type HolidayCorrection =
  | (Sourced & {
      readonly action: 'drop';
      readonly rule: string;
      readonly years: YearRange;
      readonly why: string;
    })
  | (Sourced & {
      readonly action: 'add';
      readonly date: DateRule;
      readonly years?: YearRange;
      /** `candidate`: listed for officers to see, counted only when the deployment includes candidates. */
      readonly kind: 'holiday' | 'candidate';
      readonly reason: string;
      readonly legalBasis: string;
    })
  | (Sourced & {
      readonly action: 'move';
      readonly from: IsoDate;
      readonly to: IsoDate;
      readonly reason: string;
      readonly legalBasis: string;
    });

const MX_HANDOVER =
  'https://dgyh.mx/boletin-fiscal/publica-dof-decreto-por-el-que-se-declara-el-1-de-octubre-de-cada-seis-anos-como-dia-de-descanso-obligatorio';
const CR_LEY_9803 =
  'https://m.estiloejecutivocr.com/noticia/1o-de-diciembre-sera-feriado-para-celebrar-abolicion-del-ejercito-2020-05-19-10-10-57';
const CR_LEY_10050 =
  'shared/data/reference/calendars/README.md §2.1 (vacanza/holidays costa_rica.py: Ley 10050 of 25-10-2021)';
const CR_MOVES =
  'https://da.qwe.wiki/wiki/Independence_Day_(Costa_Rica) (secondary; verify against MTSS feriados_calendario_YYYY.pdf)';
const CR_MOVES_BASIS = 'Código de Trabajo art. 148, transitorio added by Ley 9875 (2020)';
const HN_MORAZANICA =
  'https://www.enlaplaza.hn/portada/cuando-sera-el-feriado-morazanico-en-honduras; https://www.elheraldo.hn/pais/1319446-466/gobierno-revela-fechas-del-feriado-de-la-semana-moraz%C3%A1nica ("a partir del primer miércoles de octubre")';
const HN_AMERICAS =
  'https://www.elheraldo.hn/honduras/semana-santa-2026-cuando-feriado-empresa-privada-FJ29640252 (Cohep 2026: 14 Apr moved to Mon 20 Apr); 2024: Mon 15 Apr per https://ayuda.hn.archlatam.com/hc/es-419/articles/21536156160923-Feriados-Nacionales-2024';
const SV_ART_190 =
  'https://elindependiente.sv/?p=1665; https://comercioynegocios.org/destacado/el-codigo-de-trabajo-establece-que-el-24-y-31-de-diciembre-son-dias-laborables-en-el-salvador';
const SV_PUBLIC_EMPLOYEES =
  'https://www.laprensagrafica.com/elsalvador/Estos-son-los-asuetos-que-los-salvadorenos-tendran-en-2019-y-cuanto-falta-para-que-lleguen-20190114-0200.html';
const BZ_2023 = 'https://amandala.com.bz/news/10-long-weekends-for-2023 (official list for 2023)';
const BZ_2024 =
  'https://bnnbreaking.com/history/belize-set-to-commemorate-george-price-day-in-honor-of-first-prime-minister/ (official list for 2024)';

const crMove = (from: IsoDate, to: IsoDate, reason: string): HolidayCorrection => ({
  action: 'move',
  country: 'CRI',
  from,
  to,
  reason,
  legalBasis: CR_MOVES_BASIS,
  source: CR_MOVES,
  confidence: 'medium',
});

const svVacation = (monthDay: `${number}-${number}`, period: string): HolidayCorrection => ({
  action: 'add',
  country: 'SLV',
  date: { monthDay },
  kind: 'candidate',
  reason: `Vacaciones de los empleados públicos (${period})`,
  legalBasis:
    'Ley de Asuetos, Vacaciones y Licencias de los Empleados Públicos (1940); whether they make a day inhábil for administrative time limits was not verified',
  source: SV_PUBLIC_EMPLOYEES,
  confidence: 'low',
});

/** Every known correction, from shared/data/reference/holiday_corrections_independent.csv and later research. */
export const holidayCorrections: readonly HolidayCorrection[] = [
  // Mexico. These fix the labour-law list, which the Mexican calendar uses only for the observances
  // that LFPA art. 28 does not name (see country-calendars.ts).
  {
    action: 'drop',
    country: 'MEX',
    rule: '12-01 every 6 years since 1934',
    years: { from: 2024 },
    why: 'The handover is on 1 October from 2024 (LFT art. 74 fr. VII, reformed DOF 30-09-2024)',
    source: MX_HANDOVER,
    confidence: 'high',
  },
  {
    action: 'add',
    country: 'MEX',
    date: { monthDay: '10-01' },
    years: { from: 2024, every: 6 },
    kind: 'holiday',
    reason: 'Transmisión del Poder Ejecutivo Federal (1o. de octubre)',
    legalBasis: 'LFT art. 74 fr. VII (reformed DOF 30-09-2024, in force 01-10-2024)',
    source: MX_HANDOVER,
    confidence: 'high',
  },

  // Costa Rica.
  {
    action: 'add',
    country: 'CRI',
    date: { monthDay: '12-01' },
    years: { from: 2020 },
    kind: 'holiday',
    reason: 'Día de la Abolición del Ejército (pago no obligatorio)',
    legalBasis: 'Código de Trabajo art. 148 as amended by Ley 9803 (19-05-2020)',
    source: CR_LEY_9803,
    confidence: 'high',
  },
  {
    action: 'drop',
    country: 'CRI',
    rule: '10-12 if monday then previous friday',
    years: { from: 2020 },
    why: 'Ley 9803 (2020) removed 12 October from the feriados (civic activities only)',
    source: CR_LEY_9803,
    confidence: 'high',
  },
  {
    action: 'add',
    country: 'CRI',
    date: { monthDay: '08-31' },
    years: { from: 2022 },
    kind: 'holiday',
    reason: 'Día de la Persona Negra y la Cultura Afrocostarricense (pago no obligatorio)',
    legalBasis: 'Código de Trabajo art. 148 as amended by Ley 10050 (25-10-2021)',
    source: CR_LEY_10050,
    confidence: 'high',
  },
  // Ley 9875 moved feriados to Mondays in 2020–2024; 2024 is in the sourced table (Leyes 10396, 10438).
  crMove('2020-07-25', '2020-07-27', 'Anexión del Partido de Nicoya, trasladado al lunes'),
  crMove('2020-08-15', '2020-08-17', 'Día de la Madre, trasladado al lunes'),
  crMove('2020-09-15', '2020-09-14', 'Día de la Independencia, trasladado al lunes'),
  crMove('2020-12-01', '2020-11-30', 'Día de la Abolición del Ejército, trasladado al lunes'),
  crMove('2021-05-01', '2021-05-03', 'Día del Trabajador, trasladado al lunes'),
  crMove('2021-07-25', '2021-07-26', 'Anexión del Partido de Nicoya, trasladado al lunes'),
  crMove('2021-09-15', '2021-09-13', 'Día de la Independencia, trasladado al lunes'),
  crMove('2021-12-01', '2021-11-29', 'Día de la Abolición del Ejército, trasladado al lunes'),
  crMove('2022-09-15', '2022-09-19', 'Día de la Independencia, trasladado al lunes'),
  crMove('2022-12-01', '2022-12-05', 'Día de la Abolición del Ejército, trasladado al lunes'),
  crMove('2023-04-11', '2023-04-10', 'Día de Juan Santamaría, trasladado al lunes'),
  crMove('2023-07-25', '2023-07-24', 'Anexión del Partido de Nicoya, trasladado al lunes'),
  crMove('2023-08-15', '2023-08-14', 'Día de la Madre, trasladado al lunes'),

  // Honduras: Decreto 78-2015 groups 3, 12 and 21 October into the Semana Morazánica.
  ...(['10-03', '10-12', '10-21'] as const).map((rule): HolidayCorrection => ({
    action: 'drop',
    country: 'HND',
    rule,
    years: { from: 2016 },
    why: 'Decreto 78-2015 moves the 3, 12 and 21 October feriados to the Semana Morazánica',
    source: HN_MORAZANICA,
    confidence: 'high',
  })),
  ...[0, 1, 2].map((plusDays): HolidayCorrection => ({
    action: 'add',
    country: 'HND',
    date: { nth: 1, weekday: 3, month: 10, plusDays },
    years: { from: 2016 },
    kind: 'holiday',
    reason: 'Semana Morazánica (feriados del 3, 12 y 21 de octubre, trasladados)',
    legalBasis:
      'Código del Trabajo art. 339; Decreto 78-2015 (miércoles a viernes de la primera semana de octubre)',
    source: HN_MORAZANICA,
    confidence: 'high',
  })),
  {
    action: 'drop',
    country: 'HND',
    rule: '04-14',
    years: { from: 2004 },
    why: 'Decreto 50-2003 moves the 14 April feriado to the following Monday',
    source: HN_AMERICAS,
    confidence: 'medium',
  },
  {
    action: 'add',
    country: 'HND',
    date: { monthDay: '04-14', onOrAfterWeekday: 1 },
    years: { from: 2004 },
    kind: 'holiday',
    reason: 'Día de las Américas (14 de abril, disfrutado el lunes siguiente)',
    legalBasis:
      'Código del Trabajo art. 339; Decreto 50-2003 art. 1 (moved to the following Monday; public-sector practice not confirmed)',
    source: HN_AMERICAS,
    confidence: 'medium',
  },

  // El Salvador: date-holidays types these Código de Trabajo art. 190 asuetos as observances or
  // optional days; several sources list them as national paid holidays.
  {
    action: 'add',
    country: 'SLV',
    date: { monthDay: '01-01' },
    kind: 'holiday',
    reason: 'Año Nuevo',
    legalBasis: 'Código de Trabajo art. 190',
    source: SV_ART_190,
    confidence: 'high',
  },
  {
    action: 'add',
    country: 'SLV',
    date: { monthDay: '05-10' },
    kind: 'holiday',
    reason: 'Día de la Madre',
    legalBasis: 'Código de Trabajo art. 190 (public employees before 2016, everyone since)',
    source: `${SV_ART_190}; ${SV_PUBLIC_EMPLOYEES}`,
    confidence: 'high',
  },
  {
    action: 'add',
    country: 'SLV',
    date: { monthDay: '06-17' },
    years: { from: 2013 },
    kind: 'holiday',
    reason: 'Día del Padre',
    legalBasis: 'Código de Trabajo art. 190 (since 2013)',
    source: `${SV_ART_190}; ${SV_PUBLIC_EMPLOYEES}`,
    confidence: 'high',
  },
  ...(['08-01', '08-02', '08-03', '08-04', '08-05'] as const).map((d) => svVacation(d, '1 al 6 de agosto')),
  ...(['12-24', '12-26', '12-27', '12-28', '12-29', '12-30', '12-31', '01-02'] as const).map((d) =>
    svVacation(d, '24 de diciembre al 2 de enero'),
  ),

  // Belize: the Government's yearly notice (Holidays Act s. 3) sometimes moves a holiday to a Monday
  // that the library's rules do not predict.
  {
    action: 'move',
    country: 'BLZ',
    from: '2023-08-01',
    to: '2023-07-31',
    reason: 'Emancipation Day (observed Monday 31 July)',
    legalBasis: 'Holidays Act (Cap. 289) s. 3, yearly notice for 2023',
    source: BZ_2023,
    confidence: 'medium',
  },
  {
    action: 'move',
    country: 'BLZ',
    from: '2024-05-01',
    to: '2024-04-29',
    reason: 'Labour Day (observed Monday 29 April)',
    legalBasis: 'Holidays Act (Cap. 289) s. 3, yearly notice for 2024',
    source: BZ_2024,
    confidence: 'medium',
  },
];
