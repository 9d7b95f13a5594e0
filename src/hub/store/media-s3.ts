import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { MediaFolder } from './media-folder.ts';
import { HubStoreError, type MediaPutOptions, type MediaStore } from './types.ts';

const HASH = /^[0-9a-f]{64}$/;

/** Where the media live in an S3-compatible object store: `s3://bucket[/prefix]?endpoint=…&region=…&path-style=1`. */
export interface S3Target {
  bucket: string;
  /** "" or "some/prefix/" (always ending in /). */
  prefix: string;
  /** An S3-compatible server (MinIO, Ceph, Garage…); none for AWS itself. */
  endpoint?: string;
  region: string;
  /** bucket in the path (most S3-compatible servers), not in the host name. */
  pathStyle: boolean;
}

/** Reads --media s3://…; a string is an error sentence. Credentials come from the environment (AWS_ACCESS_KEY_ID…). */
export function parseS3Url(text: string): S3Target | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `--media ${text.split('?')[0]} is not an address the hub can read. Write it as s3://BUCKET?endpoint=https://…`;
  }
  const bucket = url.hostname;
  if (url.protocol !== 's3:' || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) return `--media needs an S3 bucket name after s3:// (lower-case letters, digits, dots and dashes).`;
  const prefix = decodeURIComponent(url.pathname).replace(/^\/+|\/+$/g, '');
  if (prefix && !/^[A-Za-z0-9._/-]+$/.test(prefix)) return 'The folder inside the bucket (after the bucket name) may only hold letters, digits, dots, dashes and slashes.';
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) return 'The endpoint of an S3-compatible store starts with https:// (or http:// on the same machine).';
  const style = url.searchParams.get('path-style');
  return {
    bucket,
    prefix: prefix ? `${prefix}/` : '',
    endpoint,
    region: url.searchParams.get('region') ?? process.env.AWS_REGION ?? 'us-east-1',
    pathStyle: style === null ? !!endpoint : style === '1' || style === 'true',
  };
}

export interface S3MediaOptions {
  /** A folder on a local disk where files are checked and hashed before they are sent. */
  stagingDir: string;
  tmpDir: string;
  keepFreeBytes?: number;
  staleTempMs?: number;
  /** For tests: the client to use. */
  client?: S3Client;
}

const notFound = (e: unknown) => e instanceof S3ServiceException && (e.$metadata.httpStatusCode === 404 || e.name === 'NotFound' || e.name === 'NoSuchKey');

/**
 * Media in an S3-compatible object store (#17), for services whose hub processes share no disk.
 * A file arriving is first written, hashed and checked exactly as in a media folder (a local
 * staging folder: the same checks, limits and "disk full" rule), then sent to the bucket with its
 * SHA-256 for the store to verify, and only then acknowledged. Objects are named like the folder's
 * files: PREFIX/ab/abcdef…
 */
export class S3MediaStore implements MediaStore {
  constructor(
    readonly client: S3Client,
    readonly target: S3Target,
    private readonly staging: MediaFolder,
  ) {}

  key(hash: string): string {
    if (!HASH.test(hash)) throw new HubStoreError('not-found', 'That is not a media name.');
    return `${this.target.prefix}${hash.slice(0, 2)}/${hash}`;
  }

  /** The staging disk's room (the tus uploads ask before taking a part). */
  checkRoom(moreBytes: number): Promise<void> {
    return this.staging.checkRoom(moreBytes);
  }

  async size(hash: string): Promise<number | null> {
    if (!HASH.test(hash)) return null;
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.target.bucket, Key: this.key(hash) }));
      return head.ContentLength ?? null;
    } catch (e) {
      if (notFound(e)) return null;
      throw s3Error(e);
    }
  }

  async has(hash: string): Promise<boolean> {
    return (await this.size(hash)) !== null;
  }

  async get(hash: string, range?: { start: number; end: number }): Promise<Readable | null> {
    if (!HASH.test(hash)) return null;
    try {
      const out = await this.client.send(
        new GetObjectCommand({ Bucket: this.target.bucket, Key: this.key(hash), ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}) }),
      );
      return (out.Body as Readable | undefined) ?? null;
    } catch (e) {
      if (notFound(e)) return null;
      throw s3Error(e);
    }
  }

  async delete(hash: string): Promise<void> {
    if (!HASH.test(hash)) return;
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.target.bucket, Key: this.key(hash) }));
    } catch (e) {
      if (!notFound(e)) throw s3Error(e);
    }
  }

  async *list(): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.target.bucket, Prefix: this.target.prefix, ContinuationToken: token })).catch((e: unknown) => {
        throw s3Error(e);
      });
      for (const o of page.Contents ?? []) {
        const name = (o.Key ?? '').slice(this.target.prefix.length);
        const m = /^([0-9a-f]{2})\/([0-9a-f]{64})$/.exec(name);
        if (m && m[2]!.startsWith(m[1]!)) yield m[2]!;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async put(source: Readable | AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: MediaPutOptions = {}): Promise<{ hash: string; bytes: number }> {
    const staged = await this.staging.put(source, options);
    const file = this.staging.pathOf(staged.hash);
    try {
      if (!(await this.has(staged.hash))) {
        const { size } = await stat(file);
        await this.client
          .send(
            new PutObjectCommand({
              Bucket: this.target.bucket,
              Key: this.key(staged.hash),
              Body: createReadStream(file),
              ContentLength: size,
              ContentType: 'application/octet-stream',
              // The store checks the bytes against their name on arrival (S3 and most compatible stores do).
              ChecksumSHA256: Buffer.from(staged.hash, 'hex').toString('base64'),
            }),
          )
          .catch((e: unknown) => {
            throw s3Error(e);
          });
      }
      return staged;
    } finally {
      await rm(file, { force: true });
    }
  }
}

function s3Error(e: unknown): HubStoreError {
  if (e instanceof HubStoreError) return e;
  const status = e instanceof S3ServiceException ? e.$metadata.httpStatusCode : undefined;
  const name = (e as { name?: string }).name ?? '';
  if (name === 'EntityTooLarge' || name === 'QuotaExceeded' || status === 507) return new HubStoreError('full', 'The media store is full.', e);
  return new HubStoreError('io', `The media store did not answer as expected (${name || (e as Error).message}).`, e);
}

/** The S3 client for a target (credentials from the environment, as every AWS tool reads them). */
export function s3Client(target: S3Target): S3Client {
  return new S3Client({
    region: target.region,
    ...(target.endpoint ? { endpoint: target.endpoint } : {}),
    forcePathStyle: target.pathStyle,
    // Only the checksums the hub sends itself: many S3-compatible stores refuse the SDK's default
    // streaming checksums (aws-chunked bodies with trailers).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
  });
}

export async function openS3Media(target: S3Target, options: S3MediaOptions): Promise<S3MediaStore> {
  const staging = await new MediaFolder({ dir: options.stagingDir, tmpDir: options.tmpDir, keepFreeBytes: options.keepFreeBytes, staleTempMs: options.staleTempMs }).open();
  // Files staged before a crash (sent or not: the phone or laptop sends again) are removed once they are old.
  const staleBefore = Date.now() - (options.staleTempMs ?? 0);
  for await (const hash of staging.list()) {
    const file = staging.pathOf(hash);
    if (((await stat(file).catch(() => null))?.mtimeMs ?? 0) <= staleBefore) await rm(file, { force: true });
  }
  const store = new S3MediaStore(options.client ?? s3Client(target), target, staging);
  // One request at start, so a wrong bucket or key is said now, not at the first photo.
  try {
    await store.client.send(new ListObjectsV2Command({ Bucket: target.bucket, Prefix: target.prefix, MaxKeys: 1 }));
  } catch (e) {
    const name = (e as { name?: string }).name ?? (e as Error).message;
    throw new HubStoreError('io', `the bucket "${target.bucket}" could not be read (${name}). Check its name, the endpoint and the keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY).`, e);
  }
  return store;
}
