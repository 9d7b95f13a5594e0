import { browserTour } from './lib/browser-tour.ts';
import { launchWebKit } from './lib/webkit.ts';

// Readers and makers in Safari's engine: Debian's WebKitGTK, over classic WebDriver.
browserTour('webkit', launchWebKit);
