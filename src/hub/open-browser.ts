import { spawn } from 'node:child_process';
import { platform } from 'node:os';

/** Opens a web address in the default browser; quietly does nothing where there is none. */
export function openBrowser(url: string): void {
  const os = platform();
  const [cmd, args] = os === 'darwin' ? ['open', [url]] : os === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser: the address is printed
  }
}
