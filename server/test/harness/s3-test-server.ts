import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { ListObjectsV2Command, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3DocumentStoreSettings } from '../../src/files/document-store.config';
import { cleanUpOnExit } from './exit-guard';
import { makeOwnedTempDir } from './stale-dirs';

/** The credentials s3rver accepts (it checks request signatures against them). */
const ACCESS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Runs in a child process. s3rver 3.7.1 makes ListObjectsV2 continuation tokens with DES, which
 * OpenSSL 3 (Node 17+) only offers in its legacy provider: the child runs with
 * --openssl-legacy-provider, which cannot be switched on inside a test worker. In front of s3rver sits
 * a small proxy that checks what S3 checks and s3rver does not: Content-MD5 and x-amz-checksum-sha256
 * of a put (400 BadDigest on a mismatch), and, stricter than S3, that every object put carries one.
 */
const CHILD = String.raw`
const http = require('node:http');
const crypto = require('node:crypto');
const S3rver = require(process.env.S3RVER_MODULE);
const buckets = JSON.parse(process.env.S3RVER_BUCKETS);
const inner = new S3rver({
  address: '127.0.0.1', port: 0, silent: true, directory: process.env.S3RVER_DIRECTORY,
  configureBuckets: buckets.map((name) => ({ name })),
});
const reject = (res, code, message) => {
  res.writeHead(400, { 'content-type': 'application/xml' });
  res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>' + code + '</Code><Message>' + message + '</Message></Error>');
};
inner.run().then(({ port: innerPort }) => {
  const front = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = new URL(req.url, 'http://x').pathname;
      const objectPut = req.method === 'PUT' && /^\/[^/]+\/.+/.test(path) && !req.headers['x-amz-copy-source'];
      const md5 = req.headers['content-md5'];
      const sha256 = req.headers['x-amz-checksum-sha256'];
      if (objectPut && !md5 && !sha256) return reject(res, 'MissingChecksum', 'This test server wants a checksum with every put');
      if (md5 && crypto.createHash('md5').update(body).digest('base64') !== md5) return reject(res, 'BadDigest', 'Content-MD5 mismatch');
      if (sha256 && crypto.createHash('sha256').update(body).digest('base64') !== sha256) return reject(res, 'BadDigest', 'SHA-256 mismatch');
      const forward = http.request({ host: '127.0.0.1', port: innerPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => { res.statusCode = 502; res.end(); });
      forward.end(body);
    });
  });
  front.listen(0, '127.0.0.1', () => process.stdout.write(JSON.stringify({ port: front.address().port }) + '\n'));
});
// The test process is gone (its end of stdin closed): stop too.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
`;

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** Document store settings for this server and bucket, under the given prefix. */
  settings(prefix?: string): S3DocumentStoreSettings;
  /** A plain client of the server, to look at the bucket behind a store's back. */
  client: S3Client;
  /** Every object of the bucket with its bytes, read directly. */
  objects(): Promise<{ name: string; body: Buffer }[]>;
  close(): Promise<void>;
}

/**
 * An S3-compatible server (s3rver 3.7.1) in a child process on a free loopback port, keeping its
 * objects in a temporary directory, with the given bucket already made. `close()` stops it and
 * removes the directory; a run that ends otherwise stops it through the exit guard.
 */
export async function startS3TestServer(bucket = 'refugio-documents'): Promise<S3TestServer> {
  const directory = makeOwnedTempDir('files');
  const child: ChildProcess = spawn(process.execPath, ['--openssl-legacy-provider', '-e', CHILD], {
    env: {
      PATH: process.env.PATH,
      S3RVER_MODULE: createRequire(import.meta.url).resolve('s3rver'),
      S3RVER_BUCKETS: JSON.stringify([bucket]),
      S3RVER_DIRECTORY: directory,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stop = () => {
    child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  };
  const unregister = cleanUpOnExit(stop);
  let port: number;
  try {
    port = await new Promise<number>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n')[0];
        if (out.includes('\n')) resolve((JSON.parse(line!) as { port: number }).port);
      });
      child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`The S3 test server stopped (${code}): ${err}`)));
      child.once('error', reject);
    });
  } catch (error) {
    unregister();
    stop();
    throw error;
  }
  const endpoint = `http://127.0.0.1:${port}`;
  const settings = (prefix = ''): S3DocumentStoreSettings => ({
    endpoint,
    region: 'us-east-1',
    bucket,
    prefix,
    credentials: ACCESS,
    forcePathStyle: true,
  });
  const client = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: ACCESS,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return {
    endpoint,
    bucket,
    settings,
    client,
    async objects() {
      const out: { name: string; body: Buffer }[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          const got = await client.send(new GetObjectCommand({ Bucket: bucket, Key: object.Key }));
          out.push({ name: object.Key!, body: Buffer.from(await got.Body!.transformToByteArray()) });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return out;
    },
    async close() {
      client.destroy();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.stdin!.end();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      unregister();
      stop();
    },
  };
}

/**
 * A loopback address that accepts connections and never answers (a hung proxy or server); `close()`
 * drops the connections it holds.
 */
export async function silentEndpoint(): Promise<{ endpoint: string; close(): Promise<void> }> {
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A loopback address where nothing listens: a port the system just gave out and took back. */
export async function unusedEndpoint(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
