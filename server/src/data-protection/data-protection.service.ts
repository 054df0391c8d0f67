import type { Kysely } from 'kysely';
import {
  DiscloseInput,
  RecipientInput,
  RecordConsentInput,
  UpdateRecipientInput,
  type CaseConsents,
  type DisclosureList,
  type DisclosurePackage,
  type DisclosureRefusal,
  type DisclosureView,
  type RecipientList,
  type RecipientView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import {
  canDisclose,
  canManageRecipients,
  canRecordConsent,
  canSeeField,
  caseScopeOf,
  hasPermission,
} from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findPeopleOfCase, insertCaseEvent } from '../cases/case.repository';
import { findCaseToActOn } from '../cases/case-to-act-on';
import {
  findRecipientById,
  findRecipientByName,
  insertConsent,
  insertDisclosure,
  insertRecipient,
  findDisclosureById,
  listConsentsOfCase,
  listDisclosuresOfCase,
  listRecipientRows,
  standingConsents,
  updateRecipient,
} from './data-protection.repository';
import {
  buildDisclosurePackage,
  presentCaseConsents,
  presentDisclosure,
  presentRecipient,
} from './data-protection.presenter';
import { disclosureRefusals } from './disclosure-rules';

/** The register of recipients: all of it for administrators, the active ones for everyone else. */
export async function listRecipients(db: Kysely<DB>, actor: Actor): Promise<RecipientList> {
  // Those who work on case files choose a recipient; statisticians and auditors have no use for it.
  if (!canManageRecipients(actor) && !hasPermission(actor, 'case.read')) throw forbidden();
  const rows = await listRecipientRows(db, !canManageRecipients(actor));
  return { recipients: rows.map(presentRecipient) };
}

const nameTaken = () =>
  validationFailed([
    { path: 'name', code: 'name_taken', message: 'A recipient with this name already exists' },
  ]);

export async function createRecipient(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<RecipientView> {
  if (!canManageRecipients(actor)) throw forbidden();
  const input = parseOrThrow(RecipientInput, raw);
  return db.transaction().execute(async (trx) => {
    if (await findRecipientByName(trx, input.name)) throw nameTaken();
    const id = await insertRecipient(trx, { ...input, created_by: actor.id });
    await recordAudit(trx, actor, {
      action: 'recipient.created',
      details: { recipientId: id, kind: input.kind, country: input.country },
    });
    return presentRecipient((await findRecipientById(trx, id))!);
  });
}

export async function changeRecipient(
  db: Kysely<DB>,
  actor: Actor,
  recipientId: string,
  raw: unknown,
  now = new Date(),
): Promise<RecipientView> {
  if (!canManageRecipients(actor)) throw forbidden();
  const input = parseOrThrow(UpdateRecipientInput, raw);
  return db.transaction().execute(async (trx) => {
    const current = await findRecipientById(trx, recipientId);
    if (!current) throw notFound('Recipient not found');
    const sameName = await findRecipientByName(trx, input.name);
    if (sameName && sameName.id !== recipientId) throw nameTaken();
    const { version, ...set } = input;
    const bumped = await updateRecipient(trx, recipientId, version, set, now);
    if (bumped === undefined) {
      throw new AppError(
        'conflict',
        `The recipient has changed since you opened it: it is now at version ${current.version}. Reload it and try again.`,
      );
    }
    await recordAudit(trx, actor, {
      action: 'recipient.changed',
      details: { recipientId, kind: set.kind, country: set.country, active: set.active },
    });
    return presentRecipient((await findRecipientById(trx, recipientId))!);
  });
}

export async function getCaseConsents(db: Kysely<DB>, actor: Actor, caseId: string): Promise<CaseConsents> {
  // The one check: a case out of reach answers 404 and is audited as denied there.
  await findCaseToActOn(db, actor, caseId, 'read_consents');
  return db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, { action: 'consent.read', caseId });
    return presentCaseConsents(await findPeopleOfCase(trx, caseId), await listConsentsOfCase(trx, caseId));
  });
}

/** Records what a person (or their parent, guardian or representative) said about one kind of sharing. */
export async function recordConsent(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  now = new Date(),
): Promise<CaseConsents> {
  const input = parseOrThrow(RecordConsentInput, raw);
  const kase = await findCaseToActOn(db, actor, caseId, 'record_consent');
  if (!canRecordConsent(actor, caseScopeOf(kase))) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const people = await findPeopleOfCase(trx, caseId);
    if (!people.some((p) => p.id === input.personId)) {
      throw validationFailed([
        { path: 'personId', code: 'not_in_case', message: 'Not a person of this case' },
      ]);
    }
    if (input.expressedOn > now.toISOString().slice(0, 10)) {
      throw validationFailed([
        { path: 'expressedOn', code: 'in_future', message: 'Must not be in the future' },
      ]);
    }
    await insertConsent(trx, {
      case_id: caseId,
      person_id: input.personId,
      purpose: input.purpose,
      decision: input.decision,
      method: input.method,
      given_by: input.givenBy,
      expressed_on: input.expressedOn,
      note: input.note,
      recorded_by: actor.id,
      recorded_at: now,
    });
    const codes = { personId: input.personId, purpose: input.purpose, decision: input.decision };
    await insertCaseEvent(
      trx,
      { caseId, type: 'consent_recorded', actorId: actor.id, occurredAt: now, data: codes },
      { actor, entry: { action: 'consent.recorded', caseId, details: codes } },
    );
    return presentCaseConsents(people, await listConsentsOfCase(trx, caseId));
  });
}

export async function listCaseDisclosures(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
): Promise<DisclosureList> {
  await findCaseToActOn(db, actor, caseId, 'read_disclosures');
  return db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, { action: 'disclosure.list_read', caseId });
    return { disclosures: (await listDisclosuresOfCase(trx, caseId)).map(presentDisclosure) };
  });
}

const refusalMessages: Record<DisclosureRefusal, string> = {
  country_of_origin:
    'Never disclosed to an authority of the country the person fled or holds the nationality of',
  no_consent: 'The person has not consented to this kind of sharing',
  consent_refused: 'The person refused this kind of sharing',
  consent_withdrawn: 'The person withdrew consent to this kind of sharing',
  purpose_not_for_recipient: 'This recipient cannot receive data for this purpose',
  recipient_inactive: 'This recipient is no longer active',
};

/**
 * Shares people of a case with a recipient, for one purpose: refused as a whole, person by person
 * with the reason, unless every person consented and the recipient is not an authority of their
 * country of origin. A refusal is audited (outside the refused transaction, so it stays on record).
 * The package is made once, now: sending the data again is a new disclosure, checked again.
 */
export async function disclose(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  raw: unknown,
  authorityCountry: string,
  now = new Date(),
): Promise<{ disclosure: DisclosureView; package: DisclosurePackage }> {
  const input = parseOrThrow(DiscloseInput, raw);
  const kase = await findCaseToActOn(db, actor, caseId, 'disclose');
  if (!canDisclose(actor, caseScopeOf(kase))) throw forbidden();
  const personIds = [...new Set(input.personIds)];
  const outcome = await db.transaction().execute(async (trx) => {
    const recipient = await findRecipientById(trx, input.recipientId);
    if (!recipient) {
      throw validationFailed([
        { path: 'recipientId', code: 'unknown_recipient', message: 'No such recipient' },
      ]);
    }
    const people = (await findPeopleOfCase(trx, caseId)).filter((p) => personIds.includes(p.id));
    const strangers = personIds.filter((id) => !people.some((p) => p.id === id));
    if (strangers.length > 0) {
      throw validationFailed(
        strangers.map((id) => ({
          path: `personIds.${input.personIds.indexOf(id)}`,
          code: 'not_in_case',
          message: 'Not a person of this case',
        })),
      );
    }
    const consents = await standingConsents(trx, personIds, input.purpose);
    const refusals = disclosureRefusals(
      recipient,
      input.purpose,
      people.map((p) => ({
        id: p.id,
        nationalities: p.nationalities,
        countryOfOrigin: p.country_of_origin,
        consent: consents.get(p.id) ?? null,
      })),
    );
    if (refusals.length > 0) return { refused: refusals, made: null } as const;
    const made = await insertDisclosure(trx, {
      case_id: caseId,
      recipient_id: recipient.id,
      purpose: input.purpose,
      person_ids: personIds,
      note: input.note,
      disclosed_by: actor.id,
      disclosed_at: now,
    });
    const codes = {
      disclosureId: made.id,
      recipientId: recipient.id,
      purpose: input.purpose,
      people: personIds.length,
      // Named so that a subject access export shows each person the disclosures of their own data.
      personIds,
    };
    await insertCaseEvent(
      trx,
      { caseId, type: 'disclosure_made', actorId: actor.id, occurredAt: now, data: codes },
      { actor, entry: { action: 'disclosure.made', caseId, details: codes } },
    );
    const row = (await findDisclosureById(trx, made.id))!;
    return {
      refused: null,
      made: {
        disclosure: presentDisclosure(row),
        package: buildDisclosurePackage({
          disclosureId: made.id,
          disclosedAt: made.disclosed_at,
          recipient,
          purpose: input.purpose,
          authorityCountry,
          kase,
          people,
          withContact: canSeeField(actor, caseScopeOf(kase), 'contact'),
        }),
      },
    } as const;
  });
  if (outcome.refused) {
    await recordAudit(db, actor, {
      action: 'disclosure.refused',
      caseId,
      details: {
        recipientId: input.recipientId,
        purpose: input.purpose,
        reasons: [...new Set(outcome.refused.map((r) => r.reason))],
      },
    });
    throw new AppError(
      'disclosure_refused',
      'Sharing refused: ' + outcome.refused.map((r) => refusalMessages[r.reason]).join('; '),
      outcome.refused.map((r) => ({
        path: r.personId === null ? 'recipientId' : `personIds.${input.personIds.indexOf(r.personId)}`,
        code: r.reason,
        message: refusalMessages[r.reason],
      })),
    );
  }
  return outcome.made;
}
