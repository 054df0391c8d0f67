import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFreeSlots, type Busy, type FreeSlotSearch } from './free-slots';
import { instantAt, isoWeekday } from './local-time';

const tz = 'America/Mexico_City';
const instants = new Map<string, number>();
const at = (date: string, time: string) => {
  const key = `${date}T${time}`;
  if (!instants.has(key)) instants.set(key, instantAt(date, time, tz).getTime());
  return instants.get(key)!;
};
const busy = (date: string, from: string, to: string): Busy => ({ start: at(date, from), end: at(date, to) });
const weekdaysOnly = (date: string) => isoWeekday(date) <= 5;

// Monday 7 to Friday 11 December 2026; "now" is the Sunday before.
const base: FreeSlotSearch = {
  from: '2026-12-07',
  to: '2026-12-11',
  durationMinutes: 120,
  timeZone: tz,
  officeId: 'tap',
  officeHours: { opens: '09:00', closes: '17:00' },
  stepMinutes: 30,
  isWorkingDay: weekdaysOnly,
  now: new Date('2026-12-06T18:00:00Z'),
  interviewee: { sex: 'F', busy: [] },
  sameSex: false,
  remote: false,
  officers: [{ id: 'tomas', sex: 'M', busy: [] }],
  interpreters: [{ id: 'marie', sex: 'F', servesOffice: true, windows: [], busy: [] }],
  rooms: [{ id: 'sala-1', busy: [] }],
  limit: 8,
};
const search = (overrides: Partial<FreeSlotSearch>) => findFreeSlots({ ...base, ...overrides });
const times = (r: ReturnType<typeof findFreeSlots>) => r.slots.map((s) => `${s.date} ${s.startTime}`);

describe('the free-slot finder', () => {
  it('proposes working hours of working days, one slot after another', () => {
    const result = search({ limit: 5 });
    expect(times(result)).toEqual([
      '2026-12-07 09:00',
      '2026-12-07 11:00',
      '2026-12-07 13:00',
      '2026-12-07 15:00',
      '2026-12-08 09:00',
    ]);
    expect(result.slots[0]).toMatchObject({
      endTime: '11:00',
      officerId: 'tomas',
      interpreterId: 'marie',
      interpreterRemote: false,
      roomId: 'sala-1',
      sameSexUnmet: [],
    });
    expect(result.shortfalls).toEqual([]);
  });

  it.each([
    [
      'the officer is booked',
      { officers: [{ id: 'tomas', sex: 'M' as const, busy: [busy('2026-12-07', '08:00', '10:00')] }] },
      '2026-12-07 10:00',
    ],
    [
      'the room is marked unavailable',
      { rooms: [{ id: 'sala-1', busy: [busy('2026-12-07', '09:30', '10:00')] }] },
      '2026-12-07 10:00',
    ],
    [
      'the interpreter is booked',
      {
        interpreters: [
          {
            id: 'marie',
            sex: 'F' as const,
            servesOffice: true,
            windows: [],
            busy: [busy('2026-12-07', '09:00', '11:00')],
          },
        ],
      },
      '2026-12-07 11:00',
    ],
    [
      'the applicant has another interview',
      { interviewee: { sex: 'F' as const, busy: [busy('2026-12-07', '10:30', '10:45')] } },
      '2026-12-07 11:00',
    ],
  ])('skips a time when %s', (_, overrides, first) => {
    expect(times(search({ ...overrides, limit: 1 }))).toEqual([first]);
  });

  it('skips holidays, weekends and the past', () => {
    const result = search({
      from: '2026-12-11',
      to: '2026-12-14',
      now: new Date(at('2026-12-11', '12:10')),
      isWorkingDay: (d) => weekdaysOnly(d) && d !== '2026-12-14',
    });
    expect(times(result)).toEqual(['2026-12-11 12:30', '2026-12-11 14:30']);
    expect(search({ from: '2026-12-12', to: '2026-12-13' }).shortfalls).toEqual(['no_working_day']);
  });

  it('needs no interpreter for a Spanish interview and no room for a remote one', () => {
    const spanish = search({ interpreters: null, limit: 1 });
    expect(spanish.slots[0]).toMatchObject({ interpreterId: null, roomId: 'sala-1' });
    const remote = search({ remote: true, rooms: [], limit: 1 });
    expect(remote.slots[0]).toMatchObject({ roomId: null, interpreterRemote: true });
  });

  it('keeps to the interpreter’s weekly windows, in person or from a distance', () => {
    const windows = [
      {
        weekday: 2,
        starts: '10:00',
        ends: '14:00',
        mode: 'in_person' as const,
        officeId: null,
        validFrom: '2026-01-01',
        validTo: null,
      },
      {
        weekday: 3,
        starts: '09:00',
        ends: '12:00',
        mode: 'remote' as const,
        officeId: null,
        validFrom: '2026-01-01',
        validTo: null,
      },
    ];
    const result = search({
      interpreters: [{ id: 'marie', sex: 'F', servesOffice: true, windows, busy: [] }],
    });
    expect(result.slots.map((s) => [s.date, s.startTime, s.interpreterRemote])).toEqual([
      ['2026-12-08', '10:00', false],
      ['2026-12-08', '12:00', false],
      ['2026-12-09', '09:00', true],
    ]);
  });

  it('meets a same-sex request where it can, first, and says so when it cannot', () => {
    const officers = [
      { id: 'tomas', sex: 'M' as const, busy: [] },
      { id: 'rocio', sex: 'F' as const, busy: [busy('2026-12-07', '09:00', '17:00')] },
    ];
    const met = search({ sameSex: true, officers, limit: 2 });
    // Rocío is free from Tuesday: her slots come first, Tomás's Monday ones after.
    expect(met.slots.map((s) => [s.date, s.startTime, s.officerId, s.sameSexUnmet])).toEqual([
      ['2026-12-08', '09:00', 'rocio', []],
      ['2026-12-08', '11:00', 'rocio', []],
    ]);
    expect(met.shortfalls).toEqual([]);
    const unmet = search({ sameSex: true, limit: 1 });
    expect(unmet.slots[0]!.sameSexUnmet).toEqual(['officer']);
    expect(unmet.shortfalls).toEqual(['same_sex_not_possible']);
  });

  it('names what is missing from the register', () => {
    expect(search({ interpreters: [], officers: [], rooms: [] }).shortfalls).toEqual([
      'no_officer',
      'no_interpreter_for_language',
      'no_room',
    ]);
  });

  // A hundred random agendas: seconds on a loaded 2-core machine.
  it(
    'never proposes a slot that overlaps a booking, the past or closing time (property)',
    { timeout: 60_000 },
    () => {
      const period = fc
        .record({
          day: fc.integer({ min: 7, max: 11 }),
          from: fc.integer({ min: 14, max: 38 }),
          len: fc.integer({ min: 1, max: 12 }),
        })
        .map(({ day, from, len }): Busy => {
          const date = `2026-12-${String(day).padStart(2, '0')}`;
          const start = at(date, '00:00') + from * 30 * 60_000;
          return { start, end: start + len * 30 * 60_000 };
        });
      const busyList = fc.array(period, { maxLength: 6 });
      fc.assert(
        fc.property(
          busyList,
          busyList,
          busyList,
          busyList,
          fc.integer({ min: 1, max: 8 }).map((n) => n * 30),
          fc.integer({ min: 0, max: 5 * 24 }),
          (officerBusy, interpreterBusy, roomBusy, personBusy, duration, hoursLater) => {
            const now = new Date(at('2026-12-07', '00:00') + hoursLater * 3_600_000);
            const result = search({
              durationMinutes: duration,
              now,
              limit: 30,
              officers: [{ id: 'o', sex: 'M', busy: officerBusy }],
              interpreters: [{ id: 'i', sex: 'F', servesOffice: true, windows: [], busy: interpreterBusy }],
              rooms: [{ id: 'r', busy: roomBusy }],
              interviewee: { sex: 'F', busy: personBusy },
            });
            for (const s of result.slots) {
              const start = at(s.date, s.startTime);
              const end = at(s.date, s.endTime);
              expect(end - start).toBe(duration * 60_000);
              expect(start).toBeGreaterThanOrEqual(now.getTime());
              expect(s.startTime >= '09:00' && s.endTime <= '17:00').toBe(true);
              for (const b of [...officerBusy, ...interpreterBusy, ...roomBusy, ...personBusy])
                expect(b.end <= start || b.start >= end).toBe(true);
            }
            const sorted = [...result.slots].sort(
              (a, b) => at(a.date, a.startTime) - at(b.date, b.startTime),
            );
            expect(result.slots).toEqual(sorted);
          },
        ),
        { numRuns: 150 },
      );
    },
  );
});
