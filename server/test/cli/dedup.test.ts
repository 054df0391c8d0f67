import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli';

// Each command is a new Node process loading TypeScript through tsx: allow for a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'refugio-dedup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// No database: a data directory that does not exist must stay that way.
const env = { REFUGIO_DATA_DIR: join(dir, 'no-database-here') };
const HEADER = 'id,given_names,first_surname,second_surname,sex,birth_date,nationality,document_number';

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('refugio dedup --input, run as an operator runs it', () => {
  it('writes each pair of records of the same person once, id_a < id_b, with a 4-decimal score', async () => {
    const input = write(
      'persons.csv',
      '\uFEFF' +
        [
          HEADER,
          'p9,María José,Hernández,Pérez,F,1990-04-12,HND,0801199012345',
          'p1,MARIA JOSE,HERNANDEZ,,F,1990-12-04,HND,',
          '"p5","Ana Lucía","Hernández","Pérez","F","1993-08-30","HND",""',
          'p3,Jean,Saint-Fleur,,M,1980-05-05,HTI,',
          'p4,Jan,"Saint Fleur",,M,1980-05-05,HTI,',
          'p6,,,,,,,',
          'p7,"Pierre ""Pito""",Joseph,,M,,HTI,',
        ].join('\r\n') +
        '\r\n',
    );
    const output = join(dir, 'pairs.csv');
    const result = await runCli(['dedup', '--input', input, '--output', output], env);
    expect(result.stderr).toMatch(/7 persons, \d+ pairs compared, 2 judged the same person/);
    expect(result.code).toBe(0);
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('id_a,id_b,score');
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['p1,p9', 'p3,p4']);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[^,]+,[^,]+,(0\.9\d{3}|1\.0000)$/);
    expect(existsSync(env.REFUGIO_DATA_DIR)).toBe(false);
  });

  it('honours --threshold: a stricter one finds fewer pairs', async () => {
    const input = write(
      'threshold.csv',
      [HEADER, 'a,Juan,Lobo,Tábora,M,,VEN,', 'b,Juan,Lovo,Tabora,M,1988-01-31,VEN,'].join('\n'),
    );
    const output = join(dir, 'threshold-pairs.csv');
    const loose = await runCli(['dedup', '--input', input, '--output', output, '--threshold', '0.05'], env);
    expect(loose.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toMatch(/^id_a,id_b,score\na,b,0\.\d{4}\n$/);
    const strict = await runCli(
      ['dedup', '--input', input, '--output', output, '--threshold', '0.9999'],
      env,
    );
    expect(strict.code).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe('id_a,id_b,score\n');
  });

  it('rejects a malformed file naming line and column, and writes nothing', async () => {
    const input = write(
      'bad.csv',
      [
        HEADER,
        'a,Juan,Lobo,,M,1988-02-30,VEN,',
        ',Ana,Ruiz,,F,,HND,',
        'c,Rosa,Díaz,,Q,,HND,',
        'a,Luis,Paz,,M,,MEXICO,',
      ].join('\n'),
    );
    const output = join(dir, 'bad-pairs.csv');
    const result = await runCli(['dedup', '--input', input, '--output', output], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 2, column birth_date: must be a date YYYY-MM-DD/);
    expect(result.stderr).toMatch(/line 3, column id: is empty/);
    expect(result.stderr).toMatch(/line 4, column sex: must be F, M, X or empty/);
    expect(result.stderr).toMatch(/line 5, column id: repeats an earlier row/);
    expect(result.stderr).toMatch(/line 5, column nationality/);
    // Never the values: they are personal data.
    expect(result.stderr).not.toMatch(/Lobo|Ruiz|MEXICO/);
    expect(existsSync(output)).toBe(false);
  });

  it('rejects a wrong header, a bad threshold and a missing file', async () => {
    const input = write('header.csv', 'id,name\n1,Juan\n');
    const output = join(dir, 'x.csv');
    const header = await runCli(['dedup', '--input', input, '--output', output], env);
    expect(header.code).toBe(1);
    expect(header.stderr).toMatch(/line 1, column given_names: missing from the header/);
    const threshold = await runCli(['dedup', '--input', input, '--output', output, '--threshold', '2'], env);
    expect(threshold.code).toBe(1);
    expect(threshold.stderr).toMatch(/--threshold: must be a number between 0 and 1/);
    const missing = await runCli(['dedup', '--input', join(dir, 'nope.csv'), '--output', output], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.csv: ENOENT/);
    const neither = await runCli(['dedup'], env);
    expect(neither.code).toBe(1);
  });

  it('reports an unclosed quote with the line where it opened', async () => {
    const input = write('quote.csv', `${HEADER}\na,Juan,Lobo,,M,,VEN,\nb,"Ana,Ruiz,,F,,HND,\n`);
    const result = await runCli(['dedup', '--input', input, '--output', join(dir, 'q.csv')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 3, column given_names: a quoted field is never closed/);
  });
});
