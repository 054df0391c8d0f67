import type { CountryCode3 } from '@refugio/contract';
import type { DateRule, YearRange } from './date-rules';
import type { Confidence } from './non-working-day';

/** A statute's own list of non-working days, for years no sourced table covers. */
export interface StatuteList {
  readonly legalBasis: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly days: readonly { readonly date: DateRule; readonly years?: YearRange; readonly reason: string }[];
}

/** What one state's calendar rests on. The legal analysis is in countries/calendars/README.md. */
export interface CountryCalendar {
  readonly code: CountryCode3;
  readonly name: string;
  /** The rule that says how time limits are counted, shown with every listing. */
  readonly counting: string;
  readonly weekendBasis: string;
  /** Sourced tables (countries/calendars/) for the years they cover; nothing else is used in those years. */
  readonly tables: readonly { readonly file: string; readonly from: number; readonly to: number }[];
  /** Outside the tables, the statute's own list when the governing law has one (Mexico's LFPA art. 28). */
  readonly statute?: StatuteList;
  /** The date-holidays country, and what its public holidays stand for in this calendar. */
  readonly dateHolidays: {
    readonly code: string;
    /** `observed`: Mexico, where the labour-law holidays are not the LFPA's non-working days. */
    readonly kind: 'statutory' | 'observed';
    readonly holidayLaw: string;
  };
}

const LFPA_28 = 'LFPA art. 28 (text DOF 04-08-1994, unchanged by the reforms up to DOF 14-11-2025)';

export const countryCalendars: Readonly<Record<CountryCode3, CountryCalendar>> = {
  MEX: {
    code: 'MEX',
    name: 'Mexico',
    counting:
      'Working days per LFPA art. 28; day 1 is the working day after the event (LRPCAP art. 18, LFPA art. 38); a limit ending on a non-working day moves to the next working day (LFPA art. 29)',
    weekendBasis: `${LFPA_28}: "los sábados, los domingos"`,
    tables: [{ file: 'mex_nonworking_2024_2026.csv', from: 2024, to: 2026 }],
    statute: {
      legalBasis: LFPA_28,
      source: 'Cámara de Diputados consolidated text, https://www.diputados.gob.mx/LeyesBiblio/ (LFPA.pdf)',
      confidence: 'high',
      days: [
        { date: { monthDay: '01-01' }, reason: 'Año Nuevo (1o. de enero)' },
        { date: { monthDay: '02-05' }, reason: '5 de febrero' },
        { date: { monthDay: '03-21' }, reason: '21 de marzo' },
        { date: { monthDay: '05-01' }, reason: '1o. de mayo' },
        { date: { monthDay: '05-05' }, reason: '5 de mayo' },
        { date: { monthDay: '09-01' }, reason: '1o. de septiembre' },
        { date: { monthDay: '09-16' }, reason: '16 de septiembre' },
        { date: { monthDay: '11-20' }, reason: '20 de noviembre' },
        // "1o. de diciembre de cada seis años, cuando corresponda a la transmisión del Poder Ejecutivo":
        // from 2024 the handover is on 1 October, so 1 December no longer corresponds.
        {
          date: { monthDay: '12-01' },
          years: { from: 1934, to: 2018, every: 6 },
          reason: '1o. de diciembre, transmisión del Poder Ejecutivo Federal',
        },
        { date: { monthDay: '12-25' }, reason: '25 de diciembre' },
      ],
    },
    dateHolidays: { code: 'MX', kind: 'observed', holidayLaw: 'LFT art. 74 (not named in LFPA art. 28)' },
  },
  CRI: {
    code: 'CRI',
    name: 'Costa Rica',
    counting:
      "Código de Trabajo art. 148 feriados as moved by each year's law; LGAP art. 256 (PGR C-016-1998): working days for the applicant, calendar days for the administration; day 1 is the day after notification",
    weekendBasis: 'Public administration works Monday to Friday',
    tables: [{ file: 'cri_nonworking_2024_2026.csv', from: 2024, to: 2026 }],
    dateHolidays: { code: 'CR', kind: 'statutory', holidayLaw: 'Código de Trabajo art. 148' },
  },
  BLZ: {
    code: 'BLZ',
    name: 'Belize',
    counting:
      'Public and bank holidays of the Holidays Act; counting rule of the Refugees Act not researched',
    weekendBasis: 'Public service works Monday to Friday',
    tables: [],
    dateHolidays: {
      code: 'BZ',
      kind: 'statutory',
      holidayLaw: 'Holidays Act (Cap. 289), First and Second Schedules',
    },
  },
  SLV: {
    code: 'SLV',
    name: 'El Salvador',
    counting: 'Asuetos of Código de Trabajo art. 190; refugee time limits are in working days (Decreto 918)',
    weekendBasis: 'Public administration works Monday to Friday',
    tables: [],
    dateHolidays: { code: 'SV', kind: 'statutory', holidayLaw: 'Código de Trabajo art. 190' },
  },
  GTM: {
    code: 'GTM',
    name: 'Guatemala',
    counting:
      'Asuetos of Código de Trabajo art. 127; working or calendar days for refugee time limits not found',
    weekendBasis: 'Public administration works Monday to Friday',
    tables: [],
    dateHolidays: { code: 'GT', kind: 'statutory', holidayLaw: 'Código de Trabajo art. 127' },
  },
  HND: {
    code: 'HND',
    name: 'Honduras',
    counting: 'Feriados of Código del Trabajo art. 339 as moved by Decretos 50-2003 and 78-2015',
    weekendBasis: 'Public administration works Monday to Friday',
    tables: [],
    dateHolidays: { code: 'HN', kind: 'statutory', holidayLaw: 'Código del Trabajo art. 339' },
  },
  PAN: {
    code: 'PAN',
    name: 'Panama',
    counting: 'Días de fiesta o duelo nacional of Código de Trabajo art. 46 (Sunday holidays move to Monday)',
    weekendBasis: 'Public administration works Monday to Friday',
    tables: [],
    dateHolidays: { code: 'PA', kind: 'statutory', holidayLaw: 'Código de Trabajo art. 46' },
  },
};
