import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { diskDocumentStore } from './disk-document-store';
import { documentStoreConformance } from './document-store.conformance';

describe('the disk document store', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  documentStoreConformance(() => {
    const root = mkdtempSync(join(tmpdir(), 'refugio-disk-store-'));
    roots.push(root);
    return Promise.resolve(diskDocumentStore(root));
  }, 3);
});
