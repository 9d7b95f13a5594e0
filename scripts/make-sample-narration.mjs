#!/usr/bin/env node
// Makes the sample story's narration for the first scene, in English and Norwegian Bokmål, with a
// synthetic voice (espeak-ng), one sentence at a time, so that each language's caption cues are timed
// from its real audio. Writes assets/sample/sounds/narration-square.<lang>.mp3 and assets/sample/narration.json.
// Needs Debian's espeak-ng, sox and libsox-fmt-mp3 (apt-get install -y espeak-ng sox libsox-fmt-mp3).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const out = resolve(import.meta.dirname, '../assets/sample');
const lines = {
  en: { voice: 'en-gb+f3', text: [
    "Hi, I'm Mira. Welcome to the town square, where everyone meets.",
    'I want to show you my favourite place, up on the hill.',
    'There are two ways to get there: through the park, or down by the harbour.',
    'Look around, and choose your way.',
  ] },
  nb: { voice: 'nb+f3', text: [
    'Hei, jeg heter Mira. Velkommen til torget, der alle møtes.',
    'Jeg vil vise deg favorittstedet mitt, oppe på høyden.',
    'Det er to veier dit: gjennom parken, eller nede ved havna.',
    'Se deg rundt, og velg din vei.',
  ] },
};
const GAP = 0.35; // seconds of silence between sentences
const tmp = mkdtempSync(join(tmpdir(), 'narration-'));
const tracks = {};
try {
  for (const [lang, { voice, text }] of Object.entries(lines)) {
    const parts = [];
    let t = 0.3;
    const lead = join(tmp, `${lang}-lead.wav`);
    execFileSync('sox', ['-n', '-r', '22050', '-c', '1', lead, 'trim', '0', '0.3']);
    parts.push(lead);
    text.forEach((sentence, i) => {
      const wav = join(tmp, `${lang}-${i}.wav`);
      execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-p', '55', '-w', wav, sentence]);
      const dur = Number(execFileSync('soxi', ['-D', wav]).toString().trim());
      const gap = join(tmp, `${lang}-${i}-gap.wav`);
      execFileSync('sox', ['-n', '-r', '22050', '-c', '1', gap, 'trim', '0', String(GAP)]);
      parts.push(wav, gap);
      (tracks[lang] ??= []).push({ start: round(t), end: round(t + dur), text: sentence });
      t += dur + GAP;
    });
    const joined = join(tmp, `${lang}.wav`);
    execFileSync('sox', [...parts, '-r', '22050', '-c', '1', joined]);
    execFileSync('sox', [joined, '-C', '64', resolve(out, `sounds/narration-square.${lang}.mp3`)]);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
function round(x) {
  return Math.round(x * 100) / 100;
}
// Each language's caption track is timed to its own recording.
writeFileSync(resolve(out, 'narration.json'), JSON.stringify({ square: tracks }, null, 2) + '\n');
console.log('wrote narration and captions for', Object.keys(tracks).join(', '));
