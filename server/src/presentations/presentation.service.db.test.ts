import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import type { Actor } from '../access/actor';
import { rejection } from '../../test/fixtures/rejection';
import { getCaseFile, registerApplication } from '../cases/case.service';
import { recordPresentation } from './presentation.service';

const mexico = jurisdictionOf('MEX');
// Filed Tue 10 Nov 2026 (the fixture); on Wed 2 Dec the weeks of 16 and 23 Nov are over.
const now = new Date('2026-12-02T16:00:00Z');

describeEachEngine('weekly presentations (RLRPCAP art. 24)', (database) => {
  let registrar: Actor;
  let eligibility: Actor;
  let caseId: string;

  beforeAll(async () => {
    const { db } = database();
    const tap = await createOffice(db, 'TAP');
    registrar = await createActor(db, 'registration_officer', tap);
    eligibility = await createActor(db, 'eligibility_officer', tap);
    caseId = (await registerApplication(db, registrar, familyOfThree(), mexico, now)).id;
  });

  it('shows the missed weeks, and a recorded signature covers its week', async () => {
    const { db } = database();
    const before = await getCaseFile(db, registrar, caseId, mexico, now);
    expect(before.presentation).toMatchObject({
      frequency: 'weekly',
      legalBasis: 'RLRPCAP art. 24',
      missedWeeks: ['2026-11-16', '2026-11-23'],
      consecutiveMissed: 2,
      threshold: null,
      abandonmentIndicated: false,
      canRecord: true,
    });
    const after = await recordPresentation(
      db,
      registrar,
      caseId,
      { version: before.version, date: '2026-11-26' },
      mexico,
      now,
    );
    expect(after.presentation).toMatchObject({ missedWeeks: ['2026-11-16'], consecutiveMissed: 0 });
    expect(after.presentation!.recorded).toEqual([
      expect.objectContaining({ date: '2026-11-26', by: { id: registrar.id, name: registrar.name } }),
    ]);
    expect(after.version).toBe(before.version + 1);
    expect(after.events.at(-1)).toMatchObject({
      type: 'presentation_recorded',
      data: { date: '2026-11-26' },
    });
  });

  it('refuses the same day twice, a future day, a day before the application, a stale version and another role', async () => {
    const { db } = database();
    const { version } = await getCaseFile(db, registrar, caseId, mexico, now);
    const field = async (date: string) =>
      (await rejection(recordPresentation(db, registrar, caseId, { version, date }, mexico, now)))
        .fields?.[0];
    expect(await field('2026-11-26')).toMatchObject({ path: 'date', code: 'already_recorded' });
    expect(await field('2026-12-03')).toMatchObject({ path: 'date', code: 'in_future' });
    expect(await field('2026-11-09')).toMatchObject({ path: 'date', code: 'before_application' });
    expect(
      (
        await rejection(
          recordPresentation(
            db,
            registrar,
            caseId,
            { version: version - 1, date: '2026-11-17' },
            mexico,
            now,
          ),
        )
      ).code,
    ).toBe('conflict');
    expect(
      (
        await rejection(
          recordPresentation(db, eligibility, caseId, { version, date: '2026-11-17' }, mexico, now),
        )
      ).code,
    ).toBe('forbidden');
    const file = await getCaseFile(db, eligibility, caseId, mexico, now);
    expect(file.presentation!.recorded).toHaveLength(1);
    expect(file.presentation!.canRecord).toBe(false);
  });
});
