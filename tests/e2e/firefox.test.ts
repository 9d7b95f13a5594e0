import { browserTour } from './lib/browser-tour.ts';
import { launchFirefox } from './lib/firefox.ts';

// Readers and makers in Firefox: Debian's Firefox ESR (Gecko), over WebDriver BiDi, with its sound
// going to a private PulseAudio server (lib/pulse.ts), so the captions are checked as in the others.
browserTour('firefox', launchFirefox);
