import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A private PulseAudio sound server with a null output (no sound card needed): Firefox starts no
 * sound at all without a sound server, so without one its captions (which follow the narration)
 * could not be tested. Listens only on a Unix socket in a fresh temporary folder; fails loudly
 * when PulseAudio is missing.
 */
export async function startPulse(): Promise<{ server: string; close(): Promise<void> }> {
  if (!existsSync('/usr/bin/pulseaudio')) throw new Error('PulseAudio is missing. Install it: apt-get install -y pulseaudio');
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-pulse-'));
  const socket = join(dir, 'native');
  const child: ChildProcess = spawn(
    '/usr/bin/pulseaudio',
    ['-n', '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '--system=false', '-L', 'module-null-sink', '-L', `module-native-protocol-unix socket=${socket} auth-anonymous=1`],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir } },
  );
  let log = '';
  child.stderr!.on('data', (b: Buffer) => (log += b.toString()));
  const close = () =>
    new Promise<void>((ok) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        ok();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      child.kill();
    });
  // Ready once its socket exists (bounded: 100 tries, 10 s).
  for (let i = 0; i < 100 && !existsSync(socket); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!existsSync(socket)) {
    await close();
    throw new Error(`PulseAudio did not start within 10 s: ${log}`);
  }
  return { server: `unix:${socket}`, close };
}
