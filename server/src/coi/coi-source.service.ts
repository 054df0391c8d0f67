import type { Kysely } from 'kysely';
import {
  CoiSearchQuery,
  CoiSourceInput,
  SupersedeCoiSourceInput,
  UpdateCoiSourceInput,
  countries,
  type CoiCitationList,
  type CoiSearchResult,
  type CoiSourceView,
} from '@refugio/contract';
import type { DB } from '../db/schema';
import type { Actor } from '../access/actor';
import { canManageCoi, canReadCase, caseScopeOf } from '../access/policy';
import { recordAudit } from '../audit/audit.repository';
import { AppError, forbidden, notFound, validationFailed } from '../errors/app-error';
import { parseOrThrow } from '../errors/parse';
import { findStoredFile, storeFile } from '../files/stored-file.repository';
import { normalizeForSearch, searchTokens } from '../search/normalize';
import { canAddCoi, canReadCoi, coiSourceActionsFor } from './coi-source.policy';
import { presentCoiSource } from './coi-source.presenter';
import {
  findCitingAssessments,
  findCoiSourceById,
  insertCoiSource,
  searchCoiSources,
  updateCoiSource as updateCoiSourceRow,
  type CoiSourceRow,
} from './coi-source.repository';
import { checkPdf } from './pdf-check';

const countryNames = new Map(countries.map((c) => [c.code, `${c.es} ${c.en}`]));

/** What search matches: title, publisher, summary, topics and the countries' codes and names, folded. */
export function coiSearchText(s: {
  title: string;
  publisher: string;
  summary: string;
  topics: readonly string[];
  countries: readonly string[];
}): string {
  const places = s.countries.map((c) => `${c} ${countryNames.get(c) ?? ''}`);
  return normalizeForSearch([s.title, s.publisher, s.summary, ...s.topics, ...places].join(' '));
}

/** Topics are folded tags: "Violencia de género" and "violencia de genero" are one. */
const foldTopics = (topics: readonly string[]) => [
  ...new Set(topics.map(normalizeForSearch).filter(Boolean)),
];

const present = (actor: Actor, row: CoiSourceRow): CoiSourceView =>
  presentCoiSource(row, coiSourceActionsFor(actor, row));

async function sourceOrNotFound(db: Kysely<DB>, id: string): Promise<CoiSourceRow> {
  const row = await findCoiSourceById(db, id);
  if (!row) throw notFound('Source not found');
  return row;
}

const stale = (current: number) =>
  new AppError('conflict', `The source has changed since you opened it: it is now at version ${current}.`);

/** Searches the library: every word (accents and case ignored) and filter, newest first. */
export async function listCoiSources(db: Kysely<DB>, actor: Actor, raw: unknown): Promise<CoiSearchResult> {
  if (!canReadCoi(actor)) throw forbidden();
  const query = parseOrThrow(CoiSearchQuery, raw);
  const topic = query.topic ? normalizeForSearch(query.topic) : undefined;
  const { rows, total } = await searchCoiSources(
    db,
    {
      tokens: searchTokens(query.q),
      ...(query.country ? { country: query.country } : {}),
      ...(topic ? { topic } : {}),
      ...(query.from ? { from: query.from } : {}),
      ...(query.to ? { to: query.to } : {}),
      includeSuperseded: query.includeSuperseded,
    },
    { page: query.page, pageSize: query.pageSize },
  );
  return {
    items: rows.map((r) => present(actor, r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    canContribute: canAddCoi(actor),
  };
}

export async function getCoiSource(db: Kysely<DB>, actor: Actor, id: string): Promise<CoiSourceView> {
  if (!canReadCoi(actor)) throw forbidden();
  return present(actor, await sourceOrNotFound(db, id));
}

/** Adds a source to the library, with its link and/or its PDF, in one transaction with its audit entry. */
export async function createCoiSource(
  db: Kysely<DB>,
  actor: Actor,
  raw: unknown,
  now = new Date(),
): Promise<CoiSourceView> {
  if (!canAddCoi(actor)) throw forbidden();
  const input = parseOrThrow(CoiSourceInput, raw);
  const pdf = input.file
    ? checkPdf(Buffer.from(input.file.contentBase64, 'base64'), 'file.contentBase64')
    : null;
  const id = crypto.randomUUID();
  const topics = foldTopics(input.topics);
  await db.transaction().execute(async (trx) => {
    const file = pdf
      ? await storeFile(trx, {
          content: pdf,
          mediaType: 'application/pdf',
          fileName: input.file?.fileName ?? '',
          uploadedBy: actor.id,
        })
      : null;
    await insertCoiSource(trx, {
      id,
      title: input.title,
      publisher: input.publisher,
      published_on: input.publishedOn,
      date_precision: input.datePrecision,
      url: input.url,
      file_id: file?.id ?? null,
      countries: input.countries,
      topics,
      language: input.language,
      summary: input.summary,
      search_text: coiSearchText({ ...input, topics }),
      added_by: actor.id,
      added_at: now,
      updated_at: now,
    });
    await recordAudit(trx, actor, {
      action: 'coi.create',
      details: { sourceId: id, countries: input.countries, withFile: file !== null },
    });
  });
  return present(actor, await sourceOrNotFound(db, id));
}

/** Changes a current source's description, from the version the user saw. */
export async function updateCoiSource(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  now = new Date(),
): Promise<CoiSourceView> {
  if (!canReadCoi(actor)) throw forbidden();
  const input = parseOrThrow(UpdateCoiSourceInput, raw);
  await db.transaction().execute(async (trx) => {
    const current = await sourceOrNotFound(trx, id);
    if (!coiSourceActionsFor(actor, current).includes('edit')) throw forbidden();
    if (current.version !== input.version) throw stale(current.version);
    const next = {
      title: input.title ?? current.title,
      publisher: input.publisher ?? current.publisher,
      summary: input.summary ?? current.summary,
      topics: input.topics ? foldTopics(input.topics) : current.topics,
      countries: input.countries ?? current.countries.map((c) => c.trim()),
    };
    const url = input.url ?? current.url;
    if (url === '' && current.file_id === null)
      throw validationFailed([{ path: 'url', code: 'required', message: 'Give a link or attach the PDF' }]);
    const version = await updateCoiSourceRow(
      trx,
      { id, version: input.version },
      {
        ...next,
        url,
        ...(input.publishedOn ? { published_on: input.publishedOn } : {}),
        ...(input.datePrecision ? { date_precision: input.datePrecision } : {}),
        ...(input.language !== undefined ? { language: input.language } : {}),
        search_text: coiSearchText(next),
        updated_at: now,
      },
    );
    if (version === undefined) throw stale(current.version);
    await recordAudit(trx, actor, {
      action: 'coi.update',
      details: { sourceId: id, version, fields: Object.keys(input).filter((k) => k !== 'version') },
    });
  });
  return present(actor, await sourceOrNotFound(db, id));
}

/** Attaches (or replaces) a source's PDF, from the version the user saw; the earlier file stays stored. */
export async function uploadCoiFile(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  file: { content: Buffer; fileName: string; version: number },
  now = new Date(),
): Promise<CoiSourceView> {
  if (!canReadCoi(actor)) throw forbidden();
  const pdf = checkPdf(file.content, '(body)');
  await db.transaction().execute(async (trx) => {
    const current = await sourceOrNotFound(trx, id);
    if (!coiSourceActionsFor(actor, current).includes('upload_file')) throw forbidden();
    if (current.version !== file.version) throw stale(current.version);
    const stored = await storeFile(trx, {
      content: pdf,
      mediaType: 'application/pdf',
      fileName: file.fileName,
      uploadedBy: actor.id,
    });
    const version = await updateCoiSourceRow(
      trx,
      { id, version: file.version },
      { file_id: stored.id, updated_at: now },
    );
    if (version === undefined) throw stale(current.version);
    await recordAudit(trx, actor, {
      action: 'coi.update',
      details: { sourceId: id, version, fileId: stored.id, sizeBytes: pdf.length },
    });
  });
  return present(actor, await sourceOrNotFound(db, id));
}

/** A source's PDF, for whoever reads the library; each download is audited. */
export async function readCoiFile(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
): Promise<{ content: Buffer; fileName: string; sha256: string }> {
  if (!canReadCoi(actor)) throw forbidden();
  const source = await sourceOrNotFound(db, id);
  if (!source.file_id) throw notFound('The source has no file');
  const file = await findStoredFile(db, source.file_id);
  if (!file) throw notFound('The source has no file');
  await recordAudit(db, actor, { action: 'coi.file_read', details: { sourceId: id, fileId: file.id } });
  return { content: file.content, fileName: file.file_name, sha256: file.sha256 };
}

/**
 * Marks a source superseded, with the reason and the source that replaces it. It stays in the
 * library (assessments keep citing what they cited) and its citing assessments are listed.
 */
export async function supersedeCoiSource(
  db: Kysely<DB>,
  actor: Actor,
  id: string,
  raw: unknown,
  now = new Date(),
): Promise<CoiSourceView> {
  if (!canManageCoi(actor)) throw forbidden();
  const input = parseOrThrow(SupersedeCoiSourceInput, raw);
  await db.transaction().execute(async (trx) => {
    const current = await sourceOrNotFound(trx, id);
    if (current.version !== input.version) throw stale(current.version);
    if (current.status === 'superseded') throw new AppError('conflict', 'The source is already superseded');
    if (input.supersededBy !== null) {
      if (input.supersededBy === id)
        throw validationFailed([
          { path: 'supersededBy', code: 'self', message: 'A source cannot supersede itself' },
        ]);
      const successor = await findCoiSourceById(trx, input.supersededBy);
      if (!successor)
        throw validationFailed([{ path: 'supersededBy', code: 'unknown', message: 'No such source' }]);
      if (successor.status !== 'current')
        throw validationFailed([
          { path: 'supersededBy', code: 'superseded', message: 'The successor is itself superseded' },
        ]);
    }
    const version = await updateCoiSourceRow(
      trx,
      { id, version: input.version },
      {
        status: 'superseded',
        superseded_by: input.supersededBy,
        superseded_at: now,
        superseded_reason: input.reason,
        updated_at: now,
      },
    );
    if (version === undefined) throw stale(current.version);
    await recordAudit(trx, actor, {
      action: 'coi.supersede',
      details: { sourceId: id, supersededBy: input.supersededBy, citedBy: Number(current.cited_by ?? 0) },
    });
  });
  return present(actor, await sourceOrNotFound(db, id));
}

/** The assessments citing a source: case numbers for the cases the user may read, a count of the rest. */
export async function listCoiCitations(db: Kysely<DB>, actor: Actor, id: string): Promise<CoiCitationList> {
  if (!canReadCoi(actor)) throw forbidden();
  await sourceOrNotFound(db, id);
  const rows = await findCitingAssessments(db, id);
  const visible = rows.filter((r) => canReadCase(actor, caseScopeOf(r)));
  return {
    sourceId: id,
    assessments: visible.map((r) => ({
      assessmentId: r.assessment_id,
      case: { id: r.case_id, caseNumber: r.case_number },
      round: r.round,
      status: r.status,
      citations: Number(r.citations),
    })),
    elsewhere: rows.length - visible.length,
  };
}
