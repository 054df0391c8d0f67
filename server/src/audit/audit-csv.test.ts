import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { AuditEntryView } from '@refugio/contract';
import { auditCsvLine, AUDIT_CSV_HEADER, csvField, localIsoTime } from './audit-csv';

const entry: AuditEntryView = {
  id: '9',
  occurredAt: '2026-11-20T12:00:00.000Z',
  user: { id: '7f8e4a52-55a4-4d47-8f3c-0c8d1e6f9a10', email: 'ana@comar.gob.mx', name: 'Núñez, "Ana"' },
  action: 'case.read',
  caseNumber: 'TAP-2026-0001',
  caseId: null,
  clientAddress: '10.0.0.1',
  details: { outcome: 'ok', count: 2 },
};

describe('the audit CSV', () => {
  it('quotes commas, quotes and line breaks so a parser reads the fields back', () => {
    const text = [AUDIT_CSV_HEADER.join(','), auditCsvLine(entry, 'America/Mexico_City')].join('\r\n');
    const [header, row] = parse(text, { bom: true }) as string[][];
    expect(header).toEqual([...AUDIT_CSV_HEADER]);
    expect(row).toEqual([
      '2026-11-20T06:00:00-06:00',
      'ana@comar.gob.mx',
      'Núñez, "Ana"',
      'case.read',
      'TAP-2026-0001',
      '10.0.0.1',
      '{"count":2,"outcome":"ok"}',
    ]);
  });

  it('defuses what a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+52 55')).toBe("'+52 55");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('Ana')).toBe('Ana');
  });

  it('writes the time on the wall clock of the deployment, with its offset', () => {
    expect(localIsoTime('2026-07-01T18:30:05.000Z', 'America/Mexico_City')).toBe('2026-07-01T12:30:05-06:00');
    expect(localIsoTime('2026-07-01T18:30:05.000Z', 'UTC')).toBe('2026-07-01T18:30:05+00:00');
  });
});
