/**
 * A naive baseline for the quality benchmark, in the interface of `refugio dedup --input --output`:
 * two records are the same person when their given names, first surname and birth date are equal
 * once accents, case and spacing are ignored. It shows how much of a labelled set plain equality
 * finds, so that the engine's figures can be read against it. Not used by Refugio.
 */
import { BufferedWriter, csvLine, readCsv } from './csv';
import { nameKey } from './metrics';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const input = argument('--input');
const output = argument('--output');
if (!input || !output) {
  process.stderr.write('usage: baseline.ts --input persons.csv --output pairs.csv\n');
  process.exit(2);
}

const buckets = new Map<string, string[]>();
let header = true;
for await (const [id, given, first, , , birthDate] of readCsv(input)) {
  if (header) {
    header = false;
    continue;
  }
  if (!birthDate) continue;
  const key = `${nameKey(given ?? '', first ?? '')}|${birthDate}`;
  const ids = buckets.get(key);
  if (ids) ids.push(id!);
  else buckets.set(key, [id!]);
}
const out = new BufferedWriter(output);
out.add('id_a,id_b,score\n');
for (const ids of buckets.values()) {
  ids.sort();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) out.add(csvLine([ids[i]!, ids[j]!, '1']));
  }
  await out.flushIfFull();
}
await out.close();
