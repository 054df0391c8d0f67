import type { Kysely } from 'kysely';
import { LinkInput, type CaseIdentityLinks, type LinkKind } from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canLinkPeople, caseListScope, caseScopeOf } from '../access/policy';
import { AppError, notFound, validationFailed, forbidden } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findCaseToActOn } from '../cases/case-to-act-on';
import { insertCaseEvent } from '../cases/case.repository';
import { recordAudit } from '../audit/audit.repository';
import type { FieldComparison } from './matching';
import {
  findActiveLink,
  findIdentifiedPeople,
  findLinkForUpdate,
  findLinksOfCase,
  insertLink,
  markLinkUndone,
  mergeIdentities,
  splitIdentity,
} from './identity.repository';
import { presentIdentifiedPerson } from './person-record';

export interface NewLink {
  kind: LinkKind;
  personId: string;
  personCaseId: string;
  otherPersonId: string;
  otherCaseId: string;
  relationship?: string | null;
  score?: number | null;
  explanation?: FieldComparison[];
  source: 'registration' | 'review' | 'case_page';
}

/**
 * Links two person records in the caller's transaction: both records stay as they are; a same-person
 * link joins their identities (so they are counted once); the link is written in the history of both
 * cases and audited on both. Refuses a link that already stands (409).
 */
export async function writeLink(trx: Kysely<DB>, actor: Actor, link: NewLink, now: Date): Promise<string> {
  if (link.personId === link.otherPersonId)
    throw validationFailed([
      { path: 'otherPersonId', code: 'same_record', message: 'A record cannot be linked to itself' },
    ]);
  if (await findActiveLink(trx, link.kind, link.personId, link.otherPersonId))
    throw new AppError('conflict', 'These two records are already linked');
  const linkId = await insertLink(trx, {
    kind: link.kind,
    personA: link.personId,
    personB: link.otherPersonId,
    relationship: link.relationship ?? null,
    score: link.score ?? null,
    explanation: link.explanation ?? [],
    source: link.source,
    by: actor.id,
    at: now,
  });
  if (link.kind === 'same_person') await mergeIdentities(trx, link.personId, link.otherPersonId);
  await recordLinkEvents(trx, actor, {
    type: 'identity_linked',
    linkId,
    kind: link.kind,
    sides: [
      { caseId: link.personCaseId, personId: link.personId },
      { caseId: link.otherCaseId, personId: link.otherPersonId },
    ],
    now,
  });
  return linkId;
}

async function recordLinkEvents(
  trx: Kysely<DB>,
  actor: Actor,
  e: {
    type: 'identity_linked' | 'identity_unlinked';
    linkId: string;
    kind: string;
    sides: { caseId: string; personId: string }[];
    now: Date;
  },
): Promise<void> {
  const caseIds = [...new Set(e.sides.map((s) => s.caseId))];
  for (const caseId of caseIds) {
    // Ids only: the other file may be one this case's readers may not know about.
    const personIds = e.sides.filter((s) => s.caseId === caseId).map((s) => s.personId);
    await insertCaseEvent(
      trx,
      {
        caseId,
        type: e.type,
        actorId: actor.id,
        occurredAt: e.now,
        data: { linkId: e.linkId, kind: e.kind, personIds },
      },
      {
        actor,
        entry: {
          action: e.type === 'identity_linked' ? 'identity.link' : 'identity.unlink',
          caseId,
          details: { linkId: e.linkId, kind: e.kind },
        },
      },
    );
  }
}

/** The people of other cases the actor may identify, or a validation error naming `otherPersonId`. */
async function otherPersonOf(db: Kysely<DB>, actor: Actor, otherPersonId: string) {
  const [other] = await findIdentifiedPeople(db, [otherPersonId], caseListScope(actor));
  if (!other || (other.sensitive && !other.readable))
    throw validationFailed([{ path: 'otherPersonId', code: 'unknown', message: 'No such person' }]);
  return other;
}

/** POST /cases/:caseId/people/:personId/links: links a person of the case to another record. */
export async function linkPerson(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  personId: string,
  raw: unknown,
  now = new Date(),
): Promise<CaseIdentityLinks> {
  const input = parseOrThrow(LinkInput, raw);
  const kase = await findCaseToActOn(db, actor, caseId, 'identity.link');
  if (!canLinkPeople(actor, caseScopeOf(kase))) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const [person] = await findIdentifiedPeople(trx, [personId], caseListScope(actor));
    if (!person || person.case_id !== caseId) throw notFound('Person not found');
    const other = await otherPersonOf(trx, actor, input.otherPersonId);
    await writeLink(
      trx,
      actor,
      {
        kind: input.kind,
        personId,
        personCaseId: caseId,
        otherPersonId: other.id,
        otherCaseId: other.case_id,
        relationship: input.relationship ?? null,
        source: 'case_page',
      },
      now,
    );
    return presentLinks(trx, actor, caseId, true);
  });
}

/** POST /cases/:caseId/identity-links/:linkId/undo: undoes a link (the row stays, marked undone). */
export async function undoLink(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  linkId: string,
  now = new Date(),
): Promise<CaseIdentityLinks> {
  const kase = await findCaseToActOn(db, actor, caseId, 'identity.unlink');
  if (!canLinkPeople(actor, caseScopeOf(kase))) throw forbidden();
  return db.transaction().execute(async (trx) => {
    const link = await findLinkForUpdate(trx, linkId);
    if (!link || (link.case_a !== caseId && link.case_b !== caseId)) throw notFound('Link not found');
    if (link.undone_at !== null || !(await markLinkUndone(trx, linkId, actor.id, now)))
      throw new AppError('conflict', 'This link has already been undone');
    if (link.kind === 'same_person') await splitIdentity(trx, [link.person_a, link.person_b]);
    await recordLinkEvents(trx, actor, {
      type: 'identity_unlinked',
      linkId,
      kind: link.kind,
      sides: [
        { caseId: link.case_a, personId: link.person_a },
        { caseId: link.case_b, personId: link.person_b },
      ],
      now,
    });
    return presentLinks(trx, actor, caseId, true);
  });
}

/** GET /cases/:caseId/identity-links: the links of the case's people, as the actor may see them. Audited. */
export async function caseIdentityLinks(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
): Promise<CaseIdentityLinks> {
  const kase = await findCaseToActOn(db, actor, caseId, 'identity.links_read');
  return db.transaction().execute(async (trx) => {
    await recordAudit(trx, actor, { action: 'identity.links_read', caseId });
    return presentLinks(trx, actor, caseId, canLinkPeople(actor, caseScopeOf(kase)));
  });
}

async function presentLinks(
  db: Kysely<DB>,
  actor: Actor,
  caseId: string,
  canLink: boolean,
): Promise<CaseIdentityLinks> {
  const links = await findLinksOfCase(db, caseId);
  const sides = links.flatMap((l) =>
    l.case_a === caseId && l.case_b === caseId
      ? [
          { link: l, personId: l.person_a, otherId: l.person_b },
          { link: l, personId: l.person_b, otherId: l.person_a },
        ]
      : [
          l.case_a === caseId
            ? { link: l, personId: l.person_a, otherId: l.person_b }
            : { link: l, personId: l.person_b, otherId: l.person_a },
        ],
  );
  const others = new Map(
    (await findIdentifiedPeople(db, [...new Set(sides.map((s) => s.otherId))], caseListScope(actor))).map(
      (r) => [r.id, r],
    ),
  );
  return {
    canLink,
    links: sides.map(({ link, personId, otherId }) => {
      const other = others.get(otherId);
      return {
        id: link.id,
        kind: link.kind,
        relationship: link.relationship,
        personId,
        other: other && (!other.sensitive || other.readable) ? presentIdentifiedPerson(other) : null,
        score: link.score,
        linkedAt: link.linked_at.toISOString(),
        linkedBy: link.linked_by_name,
        undoneAt: link.undone_at ? link.undone_at.toISOString() : null,
        canUndo: canLink && link.undone_at === null,
      };
    }),
  };
}
