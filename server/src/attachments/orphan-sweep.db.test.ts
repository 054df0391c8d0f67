import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { familyOfThree } from '../../test/fixtures/applications';
import { jurisdictionOf } from '../countries/jurisdiction';
import { registerApplication } from '../cases/case.service';
import { diskDocumentStore } from '../files/disk-document-store';
import { DocumentMissingError } from '../files/document-store';
import { ORPHAN_AGE_MS, sweepOrphanDocuments } from './orphan-sweep';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describeEachEngine('the document store and its orphan sweep', (database) => {
  it('writes whole files, and removes only old files without a committed row and old unfinished writes', async () => {
    const { db } = database();
    const root = mkdtempSync(join(tmpdir(), 'refugio-sweep-'));
    roots.push(root);
    const store = diskDocumentStore(root);
    const office = await createOffice(db, 'TAP');
    const registrar = await createActor(db, 'registration_officer', office);
    const kase = await registerApplication(db, registrar, familyOfThree(), jurisdictionOf('MEX'), new Date());

    const [kept, orphan, recent] = [randomUUID(), randomUUID(), randomUUID()];
    for (const key of [kept, orphan, recent]) await store.put(key, Buffer.from(`sealed ${key}`));
    expect((await store.get(kept)).toString()).toBe(`sealed ${kept}`);
    await db
      .insertInto('attachments')
      .values({
        id: kept,
        case_id: kase.id,
        category: 'other',
        file_name: Buffer.of(0),
        description: Buffer.of(0),
        media_type: 'application/pdf',
        size_bytes: 1,
        sha256: 'a'.repeat(64),
        storage_key: kept,
        uploaded_by: registrar.id,
      })
      .execute();
    const now = new Date();
    const old = new Date(now.getTime() - ORPHAN_AGE_MS - 60_000);
    for (const key of [kept, orphan]) utimesSync(join(root, key.slice(0, 2), key), old, old);
    mkdirSync(join(root, '.unfinished'), { recursive: true });
    writeFileSync(join(root, '.unfinished', `${randomUUID()}.abc`), 'half');
    utimesSync(join(root, '.unfinished', readdirSync(join(root, '.unfinished'))[0]!), old, old);

    expect(await sweepOrphanDocuments(db, store, now)).toEqual({ orphans: 1, unfinished: 1 });
    await expect(store.get(orphan)).rejects.toBeInstanceOf(DocumentMissingError);
    expect((await store.get(kept)).toString()).toBe(`sealed ${kept}`);
    expect((await store.get(recent)).toString()).toBe(`sealed ${recent}`);
    expect(readdirSync(join(root, '.unfinished'))).toEqual([]);
    await expect(store.get('../../etc/passwd')).rejects.toThrow(/Not a storage key/);
  });
});
