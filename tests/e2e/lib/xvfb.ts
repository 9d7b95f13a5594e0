import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A private X display (Xvfb picks a free number itself with -displayfd): WebKitGTK needs a display,
 * and Firefox gets WebGL (Mesa's llvmpipe through GLX) only with one; headless Firefox has none here.
 * Fails loudly when Xvfb is missing.
 */
export async function startXvfb(): Promise<{ display: string; close(): Promise<void> }> {
  if (!existsSync('/usr/bin/Xvfb')) throw new Error('Xvfb is missing. Install it: apt-get install -y xvfb');
  const child: ChildProcess = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdio[2]!.on('data', (b: Buffer) => (log += b.toString()));
  const display = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`Xvfb gave no display within 20 s: ${log}`)), 20_000);
    child.stdio[3]!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        ok(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Xvfb stopped (${code}): ${log}`));
    });
  });
  return {
    display,
    close: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill();
      }),
  };
}
