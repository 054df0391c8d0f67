/**
 * Copies the reference lists the product ships (countries, languages) from ../shared/data into
 * contract/src/reference as JSON, so the server, the web app and the CLI validate against one list.
 * Run again when the shared data changes: `npx tsx contract/scripts/import-reference.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const shared = join(here, '../../../shared/data/reference');
const out = join(here, '../src/reference');

const parseCsv = (text: string): Record<string, string>[] =>
  parse(text, { columns: true, skip_empty_lines: true });

const countries = parseCsv(readFileSync(join(shared, 'iso3166_countries_es_en.csv'), 'utf8')).map((r) => ({
  code: r.alpha3!,
  alpha2: r.alpha2!,
  es: r.name_es!,
  en: r.name_en!,
}));

const spanishNames = new Intl.DisplayNames(['es'], { type: 'language', fallback: 'none' });
const languages = parseCsv(
  readFileSync(join(shared, 'iso639_3_mesoamerica_and_common_asylum_languages.csv'), 'utf8'),
).map((r) => {
  const es = spanishNames.of(r.iso639_1 || r.iso639_3!);
  return {
    code: r.iso639_3!,
    en: r.name_en!,
    es: es ? es.charAt(0).toUpperCase() + es.slice(1) : r.name_en!,
  };
});

const source =
  'Copied by contract/scripts/import-reference.ts from shared/data/reference (ISO 3166 names from i18n-iso-countries, MIT; ISO 639-3 subset).';
writeFileSync(join(out, 'countries.json'), JSON.stringify({ source, countries }, null, 2) + '\n');
writeFileSync(join(out, 'languages.json'), JSON.stringify({ source, languages }, null, 2) + '\n');
console.warn(`wrote ${countries.length} countries and ${languages.length} languages`);
