import type { CoiSourceAction, CoiSourceView } from '@refugio/contract';
import type { CoiSourceRow } from './coi-source.repository';

/** A source as it leaves the server: every field listed (authority-wide information, no personal data). */
export function presentCoiSource(row: CoiSourceRow, actions: CoiSourceAction[]): CoiSourceView {
  return {
    id: row.id,
    title: row.title,
    publisher: row.publisher,
    publishedOn: row.published_on,
    datePrecision: row.date_precision,
    url: row.url,
    file:
      row.file_id && row.file_size !== null && row.file_sha256 !== null
        ? { sizeBytes: row.file_size, sha256: row.file_sha256, fileName: row.file_name ?? '' }
        : null,
    countries: row.countries.map((c) => c.trim()),
    topics: row.topics,
    language: row.language?.trim() ?? null,
    summary: row.summary,
    status: row.status,
    supersededBy:
      row.superseded_by && row.superseded_by_title
        ? { id: row.superseded_by, title: row.superseded_by_title }
        : null,
    supersededAt: row.superseded_at?.toISOString() ?? null,
    supersededReason: row.superseded_reason,
    citedBy: Number(row.cited_by ?? 0),
    addedBy: row.added_by ? { id: row.added_by, name: row.added_by_name ?? '' } : null,
    addedAt: row.added_at.toISOString(),
    version: row.version,
    actions,
  };
}
