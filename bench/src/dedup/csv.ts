/** CSV as `refugio dedup` reads and writes it (RFC 4180: quotes only where needed), streamed. */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line; the fields are quoted only when one of them needs it (checked once on the line). */
export function csvLine(fields: readonly string[]): string {
  const plain = fields.join(',');
  return /[",\r\n]/.test(plain) && fields.some((f) => /[",\r\n]/.test(f))
    ? fields.map(csvField).join(',') + '\n'
    : plain + '\n';
}

/** Splits one CSV line (no embedded newlines: none of the files here has them). */
export function parseCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** Reads a CSV file row by row, header first; `\r\n` tolerated. */
export async function* readCsv(path: string): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    yield parseCsvLine(line);
  }
}

/** A file written in large chunks, waiting when the disk falls behind. */
export class BufferedWriter {
  private readonly stream: WriteStream;
  private chunks: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.stream = createWriteStream(path, 'utf8');
  }

  /** Buffers `text`; call `flushIfFull` now and then (not after every line: each await costs). */
  add(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= 1 << 20) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
