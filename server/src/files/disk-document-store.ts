import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DocumentMissingError, isStorageKey, type DocumentStore } from './document-store';

const UNFINISHED = '.unfinished';

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Documents as files under `root`, in subdirectories by the key's first two characters. A write goes
 * to `root/.unfinished/`, is fsynced, renamed into place and its directory fsynced, so a document is
 * either whole or absent.
 */
export function diskDocumentStore(root: string): DocumentStore {
  const pathOf = (key: string) => {
    if (!isStorageKey(key)) throw new Error('Not a storage key');
    return join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, content) {
      const target = pathOf(key);
      const dir = join(root, key.slice(0, 2));
      const unfinished = join(root, UNFINISHED);
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await mkdir(unfinished, { recursive: true, mode: 0o700 });
      const temporary = join(unfinished, `${key}.${randomBytes(6).toString('hex')}`);
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(content);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
      await fsyncPath(dir);
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DocumentMissingError();
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
    async *list() {
      let dirs: string[];
      try {
        dirs = await readdir(root);
      } catch {
        return;
      }
      for (const dir of dirs) {
        if (!/^[0-9a-f]{2}$/.test(dir)) continue;
        for (const name of await readdir(join(root, dir))) {
          if (!isStorageKey(name)) continue;
          const info = await stat(join(root, dir, name));
          yield { key: name, modifiedAt: info.mtime };
        }
      }
    },
    async removeUnfinished(before) {
      let names: string[];
      try {
        names = await readdir(join(root, UNFINISHED));
      } catch {
        return 0;
      }
      let removed = 0;
      for (const name of names) {
        const path = join(root, UNFINISHED, name);
        if ((await stat(path)).mtime < before) {
          await rm(path, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}
