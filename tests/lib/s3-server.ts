import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

/**
 * A local S3-compatible server for tests and benchmarks: s3rver (npm), on 127.0.0.1 only, with a
 * bucket in a temp folder. It speaks the S3 REST API (path-style requests, SigV4 headers, access key
 * check, ranges, ListObjectsV2 pages) but does not verify signatures' secrets nor x-amz-checksum
 * headers: tests that need those check the requests themselves.
 */
export interface S3TestServer {
  endpoint: string;
  bucket: string;
  /** The environment a hub needs to use it. */
  env: Record<string, string>;
  /** --media s3://… for a hub. */
  mediaUrl(prefix?: string): string;
  dir: string;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = 'storyscape-media'): Promise<S3TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-s3-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir, configureBuckets: [{ name: bucket, configs: [] }] });
  const info = (await server.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${info.port}`;
  return {
    endpoint,
    bucket,
    dir,
    env: { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' },
    mediaUrl: (prefix = '') => `s3://${bucket}${prefix ? `/${prefix}` : ''}?endpoint=${encodeURIComponent(endpoint)}`,
    async stop() {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
