import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, fetch as undiciFetch, type RequestInit } from 'undici';
import { ROOT } from './app.ts';

const running = new Set<ChildProcess>();

/** Kills every hub a test started and left running (after a failed test). */
export async function killLeftoverHubs(): Promise<void> {
  await Promise.all(
    [...running].map(
      (p) =>
        new Promise<void>((done) => {
          if (p.exitCode !== null || p.signalCode !== null) return done();
          p.once('exit', () => done());
          p.kill('SIGKILL');
        }),
    ),
  );
  running.clear();
}

export interface HubProcess {
  httpsUrl: string;
  httpUrl: string;
  fingerprint: string;
  pid: number;
  dataDir: string;
  /** The hub's own certificate (trusted by this test's client only). */
  ca: string;
  proc: ChildProcess;
  output(): string;
  /** Stops the hub (SIGTERM, then SIGKILL after 10 s). */
  stop(): Promise<void>;
  /** kill -9. */
  kill9(): Promise<void>;
}

/**
 * Starts a real hub process (`storyscape hub`) on 127.0.0.1 only, with any free ports, and waits
 * for its ready file (at most 60 s). Nothing listens on a LAN address. A list of flags replaces the
 * room hub's listening flags (a service process: `--service --public-url … --port 0`).
 */
export async function startHubProcess(dataDir: string, env: Record<string, string> = {}, ports: { port: number; httpPort: number } | string[] = { port: 0, httpPort: 0 }): Promise<HubProcess> {
  const ready = join(dataDir, '..', `ready-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.json`);
  rmSync(ready, { force: true });
  let out = '';
  // Port 0 (any free port) unless a restart asks for the ports the hub had (devices keep their addresses).
  const listen = Array.isArray(ports) ? ports : ['--port', String(ports.port), '--http-port', String(ports.httpPort), '--host', '127.0.0.1'];
  const args = ['hub', '--data', dataDir, ...listen, '--ready-file', ready, '--no-open'];
  const proc = spawn(process.execPath, [join(ROOT, 'bin/storyscape.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(proc);
  proc.once('exit', () => running.delete(proc));
  proc.stdout!.on('data', (d) => (out += d));
  proc.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((done) => proc.once('exit', (code) => done(code)));
  const deadline = Date.now() + 60_000;
  while (!existsSync(ready)) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      proc.kill('SIGKILL');
      throw new Error(`The hub did not start (exit ${proc.exitCode}):\n${out}`);
    }
    await sleep(100);
  }
  const info = JSON.parse(readFileSync(ready, 'utf8')) as { httpsUrl: string; httpUrl: string; fingerprint: string; pid: number };
  rmSync(ready, { force: true });
  const stopWith = async (signal: NodeJS.Signals) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill(signal);
    const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  return {
    ...info,
    dataDir,
    // A service process has no certificate (the reverse proxy in front has one).
    ca: existsSync(join(dataDir, 'tls', 'cert.pem')) ? readFileSync(join(dataDir, 'tls', 'cert.pem'), 'utf8') : '',
    proc,
    output: () => out,
    stop: () => stopWith('SIGTERM'),
    kill9: () => stopWith('SIGKILL'),
  };
}

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  json: T;
  text: string;
  bytes: Uint8Array;
}

/**
 * A device: its own cookies, and a TLS agent that trusts exactly this hub's certificate (TLS checks
 * stay on; nothing is disabled globally).
 */
export class Device {
  readonly cookies = new Map<string, string>();
  private readonly agent: Agent;

  constructor(
    readonly base: string,
    ca: string,
    readonly extraHeaders: Record<string, string> = {},
  ) {
    this.agent = new Agent({ connect: { ca }, connections: 16 });
  }

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const init: RequestInit = {
      method,
      dispatcher: this.agent,
      headers: { ...this.extraHeaders, ...(this.cookies.size ? { cookie: this.cookieHeader } : {}), ...headers },
    };
    if (body instanceof Uint8Array) init.body = body;
    else if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await undiciFetch(new URL(path, this.base), init);
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      const value = pair!.slice(i + 1);
      if (/Max-Age=0/i.test(c)) this.cookies.delete(pair!.slice(0, i));
      else this.cookies.set(pair!.slice(0, i), value);
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, headers: res.headers as unknown as Headers, json: json as T, text, bytes };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
