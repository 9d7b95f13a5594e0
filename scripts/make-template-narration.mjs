#!/usr/bin/env node
// Makes the spoken parts of the workshop templates with a synthetic voice (espeak-ng), in English and
// Norwegian Bokmål, one sentence at a time, so that every caption cue is timed from the real audio
// (the same method as scripts/make-sample-narration.mjs):
//
//   legend-retold   one narration per scene and language  -> media/narration-<scene>.<lang>.mp3
//                   a river sound made from filtered noise -> media/river.mp3
//                   caption cues                          -> narration.json  { scene: { lang: cues } }
//   language-cafe   the welcome narration in the café     -> media/narration-cafe.<lang>.mp3, narration.json
//                   phrases said in Norwegian, then English -> media/phrase-<id>.mp3, phrases.json
//
// The words live here; scripts/make-template-stories.mjs reads narration.json and phrases.json.
// Workshop groups are meant to replace these voices with their own recordings (see each GUIDE.md).
//
// Needs Debian's espeak-ng, sox and libsox-fmt-mp3: apt-get install -y espeak-ng sox libsox-fmt-mp3
// Usage: node scripts/make-template-narration.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const TEMPLATES = resolve(import.meta.dirname, '../workshops/templates');
const VOICES = { en: 'en-gb+f3', nb: 'nb+f3' };
const RATE = 22050;
const GAP = 0.45; // seconds of silence between sentences
const LEAD = 0.3; // silence before the first sentence

/** Narration, scene by scene: the same sentences in both languages. */
export const LEGEND = {
  valley: {
    en: [
      'Once upon a time, three goats lived in a valley where the grass was almost gone.',
      'Across the river, the hillside was green and sweet.',
      'But to get there, you had to cross the bridge, and under the bridge lived a troll.',
      'You are the smallest goat. Will you go first?',
    ],
    nb: [
      'Det var en gang tre bukker som bodde i en dal der nesten alt gresset var spist opp.',
      'På den andre siden av elva var lia grønn og saftig.',
      'Men for å komme dit måtte man over brua, og under brua bodde et troll.',
      'Du er den minste bukken. Tør du gå først?',
    ],
  },
  bridge: {
    en: [
      'Trip, trap, trip, trap, went your little hooves on the bridge.',
      'Suddenly a huge head with a long nose popped up over the railing.',
      '“Who’s that tripping over my bridge?” roared the troll. “I’m coming to gobble you up!”',
      'What will you do?',
    ],
    nb: [
      'Tripp, trapp, tripp, trapp, sa det i de små klovene dine på brua.',
      'Plutselig dukket et digert hode med en lang nese opp over rekkverket.',
      '«Hvem er det som tripper på brua mi?» brølte trollet. «Nå kommer jeg og tar deg!»',
      'Hva gjør du?',
    ],
  },
  trick: {
    en: [
      '“Oh, don’t eat me, I’m far too small,” you said. “Wait for my big brother. He’s much bigger!”',
      'The troll let you pass. Then the middle goat came, and said the same thing.',
      'At last the biggest goat came. Trip, trap, trip, trap! The whole bridge creaked under him.',
      'The troll climbed up, but the big goat lowered his horns and butted the troll right into the river.',
    ],
    nb: [
      '«Å nei, ikke ta meg, jeg er altfor liten,» sa du. «Vent på storebroren min. Han er mye større!»',
      'Trollet slapp deg forbi. Så kom den mellomste bukken, og han sa det samme.',
      'Til slutt kom den største bukken. Tripp, trapp, tripp, trapp! Hele brua knaket under ham.',
      'Trollet klatret opp, men den store bukken senket hornene og stanget trollet rett ut i elva.',
    ],
  },
  talk: {
    en: [
      '“Why are you so angry?” you asked. The troll blinked. Nobody had ever asked him that before.',
      'He showed you his home under the bridge: a little fire, an old pot and a fishing rod.',
      '“Everyone stamps over my roof all day,” he grumbled, “and nobody ever says good morning.”',
      '“And the fish have gone. I’m hungry too, you know.”',
    ],
    nb: [
      '«Hvorfor er du så sint?» spurte du. Trollet blunket. Ingen hadde spurt ham om det før.',
      'Han viste deg hjemmet sitt under brua: et lite bål, en gammel gryte og en fiskestang.',
      '«Alle tramper over taket mitt hele dagen,» brummet han, «og ingen sier noen gang god morgen.»',
      '«Og fisken er borte. Jeg er sulten, jeg også, vet du.»',
    ],
  },
  'ending-old': {
    en: [
      'Up on the hillside, the three goats ate and ate, until they were so fat they could hardly walk home.',
      'And the troll? He was never seen again.',
      'Snip, snap, snout, this tale’s told out.',
    ],
    nb: [
      'Oppe i lia åt de tre bukkene og åt, til de ble så fete at de nesten ikke orket å gå hjem igjen.',
      'Og trollet? Det ble aldri sett igjen.',
      'Snipp, snapp, snute, så er eventyret ute.',
    ],
  },
  'ending-new': {
    en: [
      '“Come with us,” you said. “There are fish in the pools up on the hillside, and from there you can keep an eye on your bridge.”',
      'So the troll came. The goats ate grass, the troll caught fish, and in the evening they all sat together in the sun.',
      'Now everyone who crosses the bridge says good morning to the troll, and he says good morning back.',
      'Snip, snap, snout, this tale’s told out.',
    ],
    nb: [
      '«Bli med oss,» sa du. «Det er fisk i kulpene oppe i lia, og derfra kan du passe på brua di.»',
      'Og trollet ble med. Bukkene spiste gress, trollet fisket, og om kvelden satt de sammen i sola.',
      'Nå sier alle som går over brua god morgen til trollet, og han sier god morgen tilbake.',
      'Snipp, snapp, snute, så er eventyret ute.',
    ],
  },
};

export const CAFE = {
  cafe: {
    en: [
      'Welcome to the language café! Here we practise Norwegian and English together.',
      'Choose a speech bubble to hear a phrase, first in Norwegian, then in English.',
      'When you are ready, visit the bookshelves, or go outside to the bus stop.',
    ],
    nb: [
      'Velkommen til språkkafeen! Her øver vi på norsk og engelsk sammen.',
      'Velg en snakkeboble for å høre en setning, først på norsk og så på engelsk.',
      'Når du er klar, kan du gå til bokhyllene, eller gå ut til bussholdeplassen.',
    ],
  },
};

/** Phrases for the language café's sound hotspots: said in Norwegian, then in English. */
export const PHRASES = {
  hello: { nb: 'Hei! Jeg heter Sam. Hva heter du?', en: 'Hi! My name is Sam. What’s your name?' },
  coffee: { nb: 'Kan jeg få en kopp kaffe, takk?', en: 'Can I have a cup of coffee, please?' },
  price: { nb: 'Hvor mye koster vaflene?', en: 'How much are the waffles?' },
  borrow: { nb: 'Kan jeg låne denne boka?', en: 'Can I borrow this book?' },
  audiobooks: { nb: 'Har dere lydbøker?', en: 'Do you have audiobooks?' },
  bus: { nb: 'Når går neste buss til sentrum?', en: 'When is the next bus to the town centre?' },
  goodbye: { nb: 'Ha det bra! Vi ses neste uke.', en: 'Goodbye! See you next week.' },
};

const round = (x) => Math.round(x * 100) / 100;
const tmp = mkdtempSync(join(tmpdir(), 'template-narration-'));
let n = 0;

function silence(seconds) {
  const f = join(tmp, `s${n++}.wav`);
  execFileSync('sox', ['-n', '-r', String(RATE), '-c', '1', f, 'trim', '0', String(seconds)]);
  return f;
}
/** Speaks one sentence into a WAV; returns the file and its duration in seconds. */
function speak(lang, text) {
  const f = join(tmp, `v${n++}.wav`);
  // espeak-ng reads the quotation marks aloud in some voices: speak the words only
  const words = text.replace(/[“”«»"]/g, '');
  execFileSync('espeak-ng', ['-v', VOICES[lang], '-s', '145', '-p', '55', '-w', f, words]);
  const r = join(tmp, `r${n++}.wav`);
  execFileSync('sox', [f, '-r', String(RATE), '-c', '1', r]);
  return { file: r, duration: Number(execFileSync('soxi', ['-D', r]).toString().trim()) };
}
function encode(parts, out) {
  const joined = join(tmp, `j${n++}.wav`);
  execFileSync('sox', [...parts, joined]);
  execFileSync('sox', [joined, '-C', '48', out]);
}

/** One narration: sentences with gaps; returns the caption cues timed to the audio. */
function narrate(lang, sentences, out) {
  const parts = [silence(LEAD)];
  const cues = [];
  let t = LEAD;
  for (const sentence of sentences) {
    const { file, duration } = speak(lang, sentence);
    parts.push(file, silence(GAP));
    cues.push({ start: round(t), end: round(t + duration), text: sentence });
    t += duration + GAP;
  }
  encode(parts, out);
  return cues;
}

try {
  // ---- legend-retold ----
  const legendDir = join(TEMPLATES, 'legend-retold');
  mkdirSync(join(legendDir, 'media'), { recursive: true });
  const legend = {};
  for (const [scene, langs] of Object.entries(LEGEND)) {
    for (const [lang, sentences] of Object.entries(langs)) {
      (legend[scene] ??= {})[lang] = narrate(lang, sentences, join(legendDir, `media/narration-${scene}.${lang}.mp3`));
    }
  }
  writeFileSync(join(legendDir, 'narration.json'), JSON.stringify(legend, null, 2) + '\n');
  // A river: brown and pink noise, band-limited, with a slow swell. 12 s, loops without a gap.
  const river = join(tmp, 'river.wav');
  execFileSync('sox', ['-n', '-r', String(RATE), '-c', '1', river, 'synth', '12', 'brownnoise', 'synth', '12', 'pinknoise', 'mix',
    'highpass', '120', 'lowpass', '2200', 'tremolo', '0.15', '25', 'gain', '-n', '-6']);
  execFileSync('sox', [river, '-C', '48', join(legendDir, 'media/river.mp3')]);
  console.log(`legend-retold: ${Object.keys(legend).length} scenes x 2 languages, and a river`);

  // ---- language-cafe ----
  const cafeDir = join(TEMPLATES, 'language-cafe');
  mkdirSync(join(cafeDir, 'media'), { recursive: true });
  const cafe = {};
  for (const [scene, langs] of Object.entries(CAFE)) {
    for (const [lang, sentences] of Object.entries(langs)) {
      (cafe[scene] ??= {})[lang] = narrate(lang, sentences, join(cafeDir, `media/narration-${scene}.${lang}.mp3`));
    }
  }
  writeFileSync(join(cafeDir, 'narration.json'), JSON.stringify(cafe, null, 2) + '\n');
  const phrases = {};
  for (const [id, p] of Object.entries(PHRASES)) {
    const nb = speak('nb', p.nb);
    const en = speak('en', p.en);
    encode([silence(0.2), nb.file, silence(0.8), en.file, silence(0.3)], join(cafeDir, `media/phrase-${id}.mp3`));
    phrases[id] = { file: `media/phrase-${id}.mp3`, nb: p.nb, en: p.en };
  }
  writeFileSync(join(cafeDir, 'phrases.json'), JSON.stringify(phrases, null, 2) + '\n');
  console.log(`language-cafe: welcome narration in 2 languages, ${Object.keys(phrases).length} phrases`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
