import { execFile, execFileSync } from 'node:child_process';
import { chownSync, existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Owner for the cluster's files. initdb refuses to run as root, so root hands them to `postgres`. */
export interface ClusterOwner {
  /** null: run the binaries as the current (non-root) user. */
  user: string | null;
  uid: number;
  gid: number;
}

export function clusterOwner(): ClusterOwner {
  const me = userInfo();
  if (me.uid !== 0) return { user: null, uid: me.uid, gid: me.gid };
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { user: 'postgres', uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('Running as root but there is no `postgres` user to own the test PostgreSQL cluster.');
  }
}

export function chownTo(owner: ClusterOwner, ...paths: string[]): void {
  if (owner.user) for (const path of paths) chownSync(path, owner.uid, owner.gid);
}

/** runuser needs no password or PAM prompt as root; su is the fallback on systems without it. */
function command(owner: ClusterOwner, file: string, args: string[]): [string, string[]] {
  if (!owner.user) return [file, args];
  if (existsSync('/usr/sbin/runuser') || existsSync('/sbin/runuser')) {
    return ['runuser', ['-u', owner.user, '--', file, ...args]];
  }
  const quoted = [file, ...args].map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
  return ['su', [owner.user, '-s', '/bin/sh', '-c', quoted]];
}

/** Runs a PostgreSQL tool as the owner; cwd is a directory the owner can enter (not the repo). */
export async function runAs(owner: ClusterOwner, cwd: string, file: string, args: string[]): Promise<string> {
  const [cmd, cmdArgs] = command(owner, file, args);
  const { stdout } = await execFileAsync(cmd, cmdArgs, { cwd, encoding: 'utf8', timeout: 120_000 });
  return stdout;
}

/** Synchronous variant for exit handlers, where nothing asynchronous runs any more. */
export function runAsSync(owner: ClusterOwner, cwd: string, file: string, args: string[]): void {
  const [cmd, cmdArgs] = command(owner, file, args);
  execFileSync(cmd, cmdArgs, { cwd, stdio: 'ignore', timeout: 30_000 });
}
