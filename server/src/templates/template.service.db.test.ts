import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TemplateInput, refugioDraftSource, type TemplateBlock } from '@refugio/contract';
import { describeEachEngine } from '../../test/harness/engines';
import { createActor, createOffice } from '../../test/fixtures/actors';
import { rejection } from '../../test/fixtures/rejection';
import { COUNTRIES_DIR, loadCountryProfile } from '../countries/country-profile.loader';
import type { Actor } from '../access/actor';
import { checkPlaceholders } from './template-render';
import { findActiveTemplate, findTemplate } from './template-store';
import {
  activateTemplate,
  createTemplate,
  getTemplate,
  listTemplates,
  previewTemplate,
  retireTemplate,
  updateTemplate,
} from './template.service';

const profile = loadCountryProfile('MEX');
const now = new Date('2026-11-20T16:00:00Z');

const body: TemplateBlock[] = [
  { type: 'heading', text: '{{authority.name}}' },
  { type: 'paragraph', text: 'Expediente {{case.number}}. No se reconoce a {{applicant.fullName}}.' },
  { type: 'paragraph', text: '{{reasons.complementaryProtection}}' },
];
const draft = {
  kind: 'decision',
  outcome: 'rejected',
  language: 'spa',
  title: 'Resolución de no reconocimiento',
  body,
  source: 'Modelo COMAR 2026',
} as const;

describe('the model resolutions shipped in countries/templates', () => {
  const root = join(COUNTRIES_DIR, 'templates');
  const files = readdirSync(root).flatMap((country) =>
    readdirSync(join(root, country)).map((file) => join(root, country, file)),
  );

  it.each(files)('%s is a valid decision template with known placeholders', (file) => {
    const shipped = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const input = TemplateInput.parse(shipped);
    expect(checkPlaceholders(input.kind, input.body as TemplateBlock[])).toEqual([]);
    expect(shipped.source).toBe(refugioDraftSource);
    expect(loadCountryProfile(String(shipped.country)).procedure.outcomes.map((o) => o.id)).toContain(
      input.outcome,
    );
  });
});

describeEachEngine('model resolutions', (database) => {
  let admin: Actor;
  let officer: Actor;
  let registrar: Actor;

  beforeAll(async () => {
    const { db } = database();
    const office = await createOffice(db, 'TAP');
    admin = await createActor(db, 'administrator', null);
    officer = await createActor(db, 'eligibility_officer', office);
    registrar = await createActor(db, 'auditor', null);
  });

  it('ships an active Spanish draft for each MEX outcome of a first decision, marked to be replaced', async () => {
    const { db } = database();
    for (const outcome of ['recognized', 'rejected', 'complementary_protection'] as const) {
      const active = await findActiveTemplate(db, {
        country: 'MEX',
        kind: 'decision',
        outcome,
        language: 'spa',
      });
      expect(active?.number).toBe(1);
    }
    const list = await listTemplates(db, officer, { status: 'active' }, profile);
    expect(list.canManage).toBe(false);
    expect(list.templates.every((t) => t.refugioDraft && t.actions.join() === 'preview')).toBe(true);
  });

  it('only an administrator writes templates; someone without case access cannot even read them', async () => {
    const { db } = database();
    expect((await rejection(createTemplate(db, officer, draft, profile))).code).toBe('forbidden');
    expect((await rejection(listTemplates(db, registrar, {}, profile))).code).toBe('forbidden');
  });

  it('refuses an unknown placeholder at save, naming where it sits, and writes nothing', async () => {
    const { db } = database();
    const before = await db.selectFrom('document_templates').select('id').execute();
    const error = await rejection(
      createTemplate(
        db,
        admin,
        { ...draft, body: [...body, { type: 'list', items: ['{{applicant.favouriteColour}}'] }] },
        profile,
      ),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.fields).toEqual([
      expect.objectContaining({ path: 'body.3.items.0', code: 'unknown_field' }),
    ]);
    expect(await db.selectFrom('document_templates').select('id').execute()).toHaveLength(before.length);
  });

  it('refuses an outcome the procedure does not have and a notice with an outcome', async () => {
    const { db } = database();
    const error = await rejection(createTemplate(db, admin, { ...draft, outcome: 'inadmissible' }, profile));
    expect(error.fields?.map((f) => f.path)).toEqual(['outcome']);
    const notice = await rejection(
      createTemplate(db, admin, { ...draft, kind: 'interview_notice' }, profile),
    );
    expect(notice.fields?.map((f) => f.path)).toContain('outcome');
  });

  it('numbers an edit of the active template as the next number; activating it retires the one before', async () => {
    const { db } = database();
    const shipped = (await findActiveTemplate(db, {
      country: 'MEX',
      kind: 'decision',
      outcome: 'rejected',
      language: 'spa',
    }))!;
    const next = await createTemplate(db, admin, { ...draft, basedOn: shipped.id }, profile);
    expect(next).toMatchObject({ number: 2, status: 'draft', outcome: 'rejected', refugioDraft: false });
    expect(next.actions).toContain('edit');

    const edited = await updateTemplate(
      db,
      admin,
      next.id,
      { version: next.version, title: 'Resolución (2026)', body, source: 'Modelo COMAR 2026' },
      profile,
    );
    expect(edited).toMatchObject({ title: 'Resolución (2026)', version: next.version + 1 });
    // The version the user saw is stale now.
    const stale = await rejection(
      updateTemplate(db, admin, next.id, { version: next.version, title: 'x', body, source: 's' }, profile),
    );
    expect(stale.code).toBe('conflict');

    const active = await activateTemplate(db, admin, next.id, { version: edited.version }, profile, now);
    expect(active.status).toBe('active');
    expect((await getTemplate(db, admin, shipped.id, profile)).status).toBe('retired');
    expect(
      (
        await findActiveTemplate(db, {
          country: 'MEX',
          kind: 'decision',
          outcome: 'rejected',
          language: 'spa',
        })
      )?.id,
    ).toBe(next.id);
    // The retired one is kept, text and all, for the decisions that were printed from it.
    expect((await findTemplate(db, shipped.id))?.body).toEqual(shipped.body);

    const frozen = await rejection(
      updateTemplate(db, admin, next.id, { version: active.version, title: 'x', body, source: 's' }, profile),
    );
    expect(frozen.code).toBe('conflict');
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'template.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['template.create', 'template.update', 'template.activate']);
  });

  it('refuses to activate a MEX refusal without the complementary-protection analysis (art. 30)', async () => {
    const { db } = database();
    const without = await createTemplate(
      db,
      admin,
      { ...draft, outcome: 'complementary_protection', body: body.slice(0, 2) },
      profile,
    );
    const error = await rejection(
      activateTemplate(db, admin, without.id, { version: without.version }, profile, now),
    );
    expect(error.fields).toEqual([
      expect.objectContaining({ path: 'body', code: 'complementary_protection_required' }),
    ]);
    // A recognition needs no such field.
    const recognition = await createTemplate(
      db,
      admin,
      { ...draft, outcome: 'recognized', language: 'eng', body: body.slice(0, 2) },
      profile,
    );
    expect((await activateTemplate(db, admin, recognition.id, { version: 1 }, profile, now)).status).toBe(
      'active',
    );
  });

  it('the database refuses to change the text of an active template or delete any', async () => {
    const { db } = database();
    const active = (await findActiveTemplate(db, {
      country: 'MEX',
      kind: 'decision',
      outcome: 'recognized',
      language: 'spa',
    }))!;
    await expect(
      db.updateTable('document_templates').set({ title: 'cambiado' }).where('id', '=', active.id).execute(),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      db.deleteFrom('document_templates').where('id', '=', active.id).execute(),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('retires a template, once', async () => {
    const { db } = database();
    const created = await createTemplate(db, admin, { ...draft, language: 'hat' }, profile);
    const retired = await retireTemplate(db, admin, created.id, { version: 1 }, profile, now);
    expect(retired.status).toBe('retired');
    expect(retired.actions).toEqual(['new_number', 'preview']);
    expect(
      (await rejection(retireTemplate(db, admin, created.id, { version: retired.version }, profile, now)))
        .code,
    ).toBe('conflict');
  });

  it('previews a template as a PDF', async () => {
    const { db } = database();
    const active = (await findActiveTemplate(db, {
      country: 'MEX',
      kind: 'decision',
      outcome: 'recognized',
      language: 'spa',
    }))!;
    const pdf = await previewTemplate(db, officer, active.id, profile, now);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
