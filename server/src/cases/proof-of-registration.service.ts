import type { Kysely } from 'kysely';
import type { CountryProfile } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canReadCase, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { notFound } from '../errors/app-error';
import { renderProofOfRegistration } from '../documents/proof-of-registration.pdf';
import { findCaseById, findPeopleOfCase } from './case.repository';
import { presentPerson } from './case.presenter';

/**
 * One person's proof of registration (constancia, LRPCAP art. 22) as a PDF. Printing is audited like
 * a read: a constancia carries the person's identity.
 */
export async function printProofOfRegistration(
  db: Kysely<DB>,
  actor: Actor,
  ids: { caseId: string; personId: string },
  lang: 'es' | 'en',
  profile: CountryProfile,
  now = new Date(),
): Promise<{ pdf: Buffer; filename: string }> {
  const kase = await findCaseById(db, ids.caseId, actor.id);
  if (!kase || !canReadCase(actor, caseScopeOf(kase))) throw notFound('Case not found');
  const people = await findPeopleOfCase(db, ids.caseId);
  const person = people.find((p) => p.id === ids.personId);
  if (!person) throw notFound('Person not found in this case');
  const pdf = await renderProofOfRegistration(
    {
      profile,
      caseNumber: kase.case_number,
      applicationDate: kase.application_date,
      office: { name: kase.office_name, city: kase.office_city },
      person: presentPerson(person),
      issuedAt: now,
      documentId: person.id,
    },
    lang,
  );
  await recordAudit(db, actor, {
    action: 'case.print_proof_of_registration',
    caseId: kase.id,
    details: { personId: person.id, lang },
  });
  const safeNumber = kase.case_number.replace(/[^A-Za-z0-9-]/g, '_');
  const prefix = lang === 'es' ? 'constancia' : 'proof-of-registration';
  return { pdf, filename: `${prefix}-${safeNumber}-${person.position + 1}.pdf` };
}
