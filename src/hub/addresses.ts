import { hostname, networkInterfaces } from 'node:os';

/** The machine's IPv4 addresses on its networks (not loopback, not link-local 169.254.x.x). */
export function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.family === 'IPv4' && !a.internal && !a.address.startsWith('169.254.')) out.push(a.address);
    }
  }
  return [...new Set(out)].sort();
}

/** The machine's name, as other devices may reach it ("library-laptop" and "library-laptop.local"). */
export function hostNames(): string[] {
  const name = hostname().trim().toLowerCase();
  if (!name || !/^[a-z0-9.-]+$/.test(name)) return [];
  const short = name.replace(/\.local$/, '');
  return [...new Set([short, `${short}.local`])];
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Is this Host header (name[:port]) the machine itself, as its own browser would write it? */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
  return LOCAL_HOSTS.has(name.toLowerCase());
}

/** "https://192.168.1.20:8443/" (the port left out when it is the default). */
export function urlFor(scheme: 'http' | 'https', host: string, port: number): string {
  const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const def = scheme === 'https' ? 443 : 80;
  return `${scheme}://${h}${port === def ? '' : `:${port}`}/`;
}
