import type { ApiApplication } from './api';

/*
 * One application filed at office TAP on a known day, so every due date in the deadline journeys is
 * counted by hand (and checked with `npx refugio calendar add-days --country MEX --working`).
 *
 * Filed Wed 25/11/2026. The first-instance decision is due 45 working days later, day 1 being the
 * day after filing (LRPCAP art. 24; LFPA art. 28 lists the non-working days):
 *   26–27 Nov (2) · 30 Nov–4 Dec (7) · 7–11 Dec (12) · 14–18 Dec (17) · 21–24 Dec (21; 25 Dec is
 *   non-working) · 28–31 Dec (25; 1 Jan is non-working) · 4–8 Jan (30) · 11–15 Jan (35) ·
 *   18–22 Jan (40) · 25–29 Jan (45)  →  Fri 29/01/2027  (`--from 2026-11-25 --days 45`: 2027-01-29).
 * Five more working days (a suspension of a working week, or an extension): 1–4 Feb (4; 5 Feb is
 * non-working) · 8 Feb (5) → Mon 08/02/2027 (`--days 50`: 2027-02-08). Mon 1 Feb 2027 (the labour
 * law's Constitution Day) is a working day: LFPA art. 28 names 5 February, not the Monday.
 *
 * The server's clock starts on Fri 27/11/2026 (`CLOCK_START`), so the decision is still running and
 * every day the journeys suspend or declare non-working lies ahead, whatever day the tests run.
 */
export const FILED_ON = '25/11/2026';
export const FIRST_INSTANCE_DUE = '29/01/2027';

/** An application filed on 25/11/2026, one week after entering Mexico (in time: 30 working days). */
export function applicationFiledOn25November(principal: {
  givenNames: string;
  firstSurname: string;
  secondSurname: string;
  sex: 'F' | 'M';
}): ApiApplication {
  return {
    entryDate: '2026-11-18',
    entryPlace: 'Ciudad Hidalgo, Chiapas',
    applicationDate: '2026-11-25',
    principal: {
      ...principal,
      birthDate: '1991-02-14',
      countryOfBirth: 'GTM',
      nationalities: ['GTM'],
      countryOfOrigin: 'GTM',
      languages: ['spa'],
    },
  };
}
