import { existsSync } from 'node:fs';
import { browserTour } from './lib/browser-tour.ts';
import { launchFirefox } from './lib/firefox.ts';

// Readers and makers in Firefox: Debian's Firefox ESR (Gecko), over WebDriver BiDi.
// Firefox plays sound only through a sound card or a sound server (its AudioContext never starts
// without one; CI machines have neither), unlike Chromium and WebKitGTK.
const sound = existsSync('/dev/snd') || !!process.env.PULSE_SERVER || existsSync(`/run/user/${process.getuid?.()}/pulse/native`);
browserTour('firefox', launchFirefox, { noSound: sound ? undefined : 'this machine has no sound card and no sound server (Firefox starts no sound without one)' });
