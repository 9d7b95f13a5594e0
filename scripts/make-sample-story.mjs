#!/usr/bin/env node
// Writes assets/sample/story.json and assets/sample/asset-files.json from the sample's media files.
// Asset ids, byte sizes, pixel sizes and durations are read from the files, so the story always
// matches its media. Re-run after `npm run make:sample` changes a panorama: `node scripts/make-sample-story.mjs`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { imageSize, mp3Duration, wavDuration } from './media-info.mjs';

const dir = resolve(import.meta.dirname, '../assets/sample');
const files = {};
const captions = JSON.parse(readFileSync(resolve(dir, 'narration.json'), 'utf8'));
/** The words of a narration, in every language it has captions for. */
const transcriptOf = (tracks) => Object.fromEntries(Object.entries(tracks).map(([lang, cues]) => [lang, cues.map((c) => c.text).join(' ')]));

function asset(file, meta) {
  const buf = readFileSync(resolve(dir, file));
  const id = createHash('sha256').update(buf).digest('hex');
  files[id] = file;
  const base = { id, mime: '', bytes: buf.length, name: file.split('/').pop(), credit: meta.credit, consent: meta.consent ?? { peopleRecognisable: 'no', consentRecorded: false } };
  if (/\.(jpe?g|png)$/.test(file)) {
    const { mime, width, height } = imageSize(buf);
    return { ...base, kind: 'image', mime, width, height, alt: meta.alt };
  }
  const wav = file.endsWith('.wav');
  return { ...base, kind: 'audio', mime: wav ? 'audio/wav' : file.endsWith('.ogg') ? 'audio/ogg' : 'audio/mpeg', duration: wav ? wavDuration(buf) : mp3Duration(buf), transcript: meta.transcript };
}

const rendered = { author: 'Storyscape contributors', source: 'Drawn by computer (three.js) for the Storyscape sample', licence: 'CC0-1.0' };
const freesound = (artist, id) => ({ author: artist, source: `https://freesound.org/people/${artist}/sounds/${id}/`, licence: 'CC0-1.0' });

const pano = {
  square: asset('square.jpg', { credit: rendered, alt: {
    en: 'A sunny cobbled town square ringed by colourful three- and four-storey houses with shutters, flower boxes and striped shop awnings, with a stone fountain ahead, benches, street lamps, café tables and trees in planters. A wide street leads off to the park on the right, and a narrow lane runs down to the harbour on the left.',
    nb: 'Et solfylt brosteinstorg omgitt av fargerike hus i tre og fire etasjer med skodder, blomsterkasser og stripete markiser, med en steinfontene rett fram, benker, gatelykter, kafébord og trær i kasser. En bred gate går mot parken til høyre, og et smalt smug går ned mot havna til venstre.' } }),
  park: asset('park.jpg', { credit: rendered, alt: {
    en: 'A gravel path winds away up a gentle rise through a sunny park with lawns, leafy trees and birches, past flower beds, benches and lamp posts, with a small pond with reeds, lily pads and ducks on the right.',
    nb: 'En grussti svinger seg oppover en slak bakke gjennom en solfylt park med plener, løvtrær og bjørker, forbi blomsterbed, benker og lyktestolper, med en liten dam med siv, vannliljer og ender til høyre.' } }),
  harbour: asset('harbour.jpg', { credit: rendered, alt: {
    en: 'Standing on a wooden pier in a small harbour on a bright afternoon: rowing boats, a fishing boat and a sailing yacht are moored alongside, colourful wooden boathouses line the stone quay behind, a breakwater with a red-and-white lighthouse runs out on the left and green hills rise across the water.',
    nb: 'Du står på en trebrygge i en liten havn en lys ettermiddag: robåter, en fiskebåt og en seilbåt ligger fortøyd langs brygga, fargerike naust står langs steinkaia bak, en molo med et rødt og hvitt fyr går ut til venstre, og grønne åser reiser seg på andre siden av vannet.' } }),
  forest: asset('forest.jpg', { credit: rendered, alt: {
    en: 'A sunny clearing of grass, moss and ferns ringed by tall spruces and beeches, with a fallen log and mossy rocks ahead and a small log cabin with a shingle roof and a woodpile at the edge of the trees.',
    nb: 'En solfylt lysning med gress, mose og bregner omgitt av høye graner og bøker, med en falt trestamme og mosegrodde steiner rett fram og en liten tømmerhytte med spontak og en vedstabel i skogkanten.' } }),
  hill: asset('hill.jpg', { credit: rendered, alt: {
    en: 'A grassy hilltop at sunset with a bench, a coin telescope and a wooden railing; below, the land falls away to a town of red roofs around a church spire by the sea, with the low sun glowing over the water between distant headlands.',
    nb: 'En gresskledd høyde i solnedgangen med en benk, en myntkikkert og et rekkverk av tre; nedenfor faller landet ned mot en by med røde tak rundt et kirkespir ved havet, og den lave sola gløder over vannet mellom nes langt borte.' } }),
};
const sound = {
  city: asset('sounds/city.mp3', { credit: freesound('Joao_Janz', 473701), transcript: { en: 'Town sounds: people talking in the distance, footsteps, a car passing.', nb: 'Lyder fra byen: folk som prater langt unna, skritt, en bil som kjører forbi.' } }),
  forest: asset('sounds/forest.mp3', { credit: freesound('Fester993', 564436), transcript: { en: 'Birds singing in the trees and leaves rustling.', nb: 'Fugler som synger i trærne og løv som rasler.' } }),
  waves: asset('sounds/waves.mp3', { credit: freesound('Profispiesser', 550915), transcript: { en: 'Small waves lapping against the shore.', nb: 'Små bølger som skvulper mot land.' } }),
  wind: asset('sounds/wind.mp3', { credit: freesound('juryduty', 185070), transcript: { en: 'Wind blowing across the hilltop.', nb: 'Vind som blåser over toppen av høyden.' } }),
  narrationEn: asset('sounds/narration-square.en.mp3', { credit: { author: 'Storyscape contributors', source: 'A computer voice (espeak-ng): record your own voice instead!', licence: 'CC0-1.0' }, transcript: transcriptOf(captions.square) }),
  narrationNb: asset('sounds/narration-square.nb.mp3', { credit: { author: 'Storyscape contributors', source: 'En datastemme (espeak-ng): ta opp din egen stemme i stedet!', licence: 'CC0-1.0' }, transcript: transcriptOf(captions.square) }),
  rain: asset('sounds/rain.mp3', { credit: freesound('Opticreep', 320520), transcript: { en: 'Rain falling steadily.', nb: 'Regn som faller jevnt.' } }),
};

const go = (id, yaw, pitch, sceneId, en, nb) => ({ id, yaw, pitch, label: { en, nb }, action: { type: 'goto', sceneId } });
const info = (id, yaw, pitch, label, title, text) => ({ id, yaw, pitch, label, action: { type: 'info', title, text } });
const view = (yaw, pitch = 0) => ({ yaw, pitch, fov: 75 });

const story = {
  schemaVersion: 2,
  id: 'sample',
  meta: {
    title: { en: 'The Long Way Round', nb: 'Omveien' },
    description: {
      en: 'Mira shows you her town: the square where everyone meets, and two ways up to her favourite place. Which way will you take?',
      nb: 'Mira viser deg byen sin: torget der alle møtes, og to veier opp til favorittstedet hennes. Hvilken vei velger du?',
    },
    languages: ['en', 'nb'],
    defaultLanguage: 'en',
    authors: [{ name: 'Mira', role: 'story' }, { name: 'Storyscape contributors', role: 'pictures' }],
    licence: 'CC-BY-4.0',
    credits: {
      en: 'Made with Storyscape. Mira is a made-up guide for this sample: make your own story about a place that matters to you!',
      nb: 'Laget med Storyscape. Mira er en oppdiktet guide for dette eksempelet: lag din egen historie om et sted som betyr noe for deg!',
    },
  },
  startSceneId: 'square',
  scenes: [
    {
      id: 'square',
      title: { en: 'The Town Square', nb: 'Torget' },
      panorama: pano.square.id,
      view: view(0, -2),
      northOffset: 0,
      soundscape: {
        beds: [{ id: 'square-city', asset: sound.city.id, volume: 0.55 }],
        sources: [],
        narration: { recordings: { en: sound.narrationEn.id, nb: sound.narrationNb.id }, captions: captions.square, autoplay: true },
      },
      hotspots: [
        go('square-to-park', 63, -2, 'park', 'Walk to the park', 'Gå til parken'),
        go('square-to-harbour', -64, -3, 'harbour', 'Take the lane to the harbour', 'Ta smuget ned til havna'),
        info('square-fountain', -5, -6, { en: 'The fountain', nb: 'Fontenen' }, { en: 'The fountain', nb: 'Fontenen' }, {
          en: 'Everyone meets by the fountain after school. In summer the little kids splash in it; in winter it is covered up against the frost.',
          nb: 'Alle møtes ved fontenen etter skolen. Om sommeren plasker de minste barna i den; om vinteren er den dekket til mot frosten.',
        }),
      ],
      map: { x: 0, y: 160 },
    },
    {
      id: 'park',
      title: { en: 'The Park Path', nb: 'Stien i parken' },
      panorama: pano.park.id,
      view: view(0),
      northOffset: 0,
      soundscape: { beds: [{ id: 'park-birds', asset: sound.forest.id, volume: 0.45 }], sources: [] },
      hotspots: [
        go('park-to-forest', 8, -1, 'forest', 'Follow the path into the forest', 'Følg stien inn i skogen'),
        go('park-to-square', 180, -8, 'square', 'Back to the square', 'Tilbake til torget'),
        info('park-pond', 38, -6, { en: 'The pond', nb: 'Dammen' }, { en: 'The pond', nb: 'Dammen' }, {
          en: 'The ducks here know me. Bread is bad for them, so I bring a handful of oats instead.',
          nb: 'Endene her kjenner meg. Brød er dårlig for dem, så jeg tar med en neve havregryn i stedet.',
        }),
      ],
      map: { x: 280, y: 40 },
    },
    {
      id: 'harbour',
      title: { en: 'The Harbour', nb: 'Havna' },
      panorama: pano.harbour.id,
      view: view(0),
      northOffset: 0,
      soundscape: {
        beds: [{ id: 'harbour-town', asset: sound.city.id, volume: 0.2 }],
        sources: [{ id: 'harbour-waves', asset: sound.waves.id, yaw: -30, pitch: -15, distance: 4, volume: 0.9, loop: true }],
      },
      hotspots: [
        go('harbour-to-hill', 132, 2, 'hill', 'Walk up past the boathouses to the hill', 'Gå opp forbi naustene til høyden'),
        go('harbour-to-square', -168, 2, 'square', 'Back to the square', 'Tilbake til torget'),
        info('harbour-boats', -78, -6, { en: 'The boats', nb: 'Båtene' }, { en: 'The boats', nb: 'Båtene' }, {
          en: 'My grandad still takes his little boat out fishing on Saturdays. He says the fish were bigger when he was my age.',
          nb: 'Bestefar tar fortsatt den lille båten sin ut og fisker på lørdager. Han sier fiskene var større da han var på min alder.',
        }),
      ],
      map: { x: 280, y: 300 },
    },
    {
      id: 'forest',
      title: { en: 'The Forest Clearing', nb: 'Lysningen i skogen' },
      panorama: pano.forest.id,
      view: view(0),
      northOffset: 0,
      soundscape: { beds: [{ id: 'forest-birds', asset: sound.forest.id, volume: 0.7 }], sources: [] },
      hotspots: [
        go('forest-to-hill', 115, 1, 'hill', 'Take the trail up to the lookout', 'Ta stien opp til utsiktspunktet'),
        go('forest-to-park', -175, -2, 'park', 'Back to the park', 'Tilbake til parken'),
        info('forest-shelter', 30, 3, { en: 'The cabin', nb: 'Hytta' }, { en: 'The cabin', nb: 'Hytta' }, {
          en: 'We fixed up this old cabin with the scouts. One night it rained so hard that the whole group squeezed in here until morning.',
          nb: 'Vi satte i stand denne gamle hytta med speiderne. En natt regnet det så mye at hele gruppa klemte seg inn her til morgenen.',
        }),
        { id: 'forest-rain', yaw: -60, pitch: 12, label: { en: 'Hear that night', nb: 'Hør den natten' }, action: { type: 'sound', asset: sound.rain.id, volume: 0.8 } },
      ],
      map: { x: 560, y: 40 },
    },
    {
      id: 'hill',
      title: { en: 'The Lookout Hill', nb: 'Utsiktspunktet' },
      panorama: pano.hill.id,
      view: view(0, -4),
      northOffset: 0,
      soundscape: { beds: [{ id: 'hill-wind', asset: sound.wind.id, volume: 0.5 }], sources: [] },
      hotspots: [
        info('hill-view', 2, -3, { en: 'The view', nb: 'Utsikten' }, { en: 'The view', nb: 'Utsikten' }, {
          en: 'From up here the whole town looks tiny, and somehow my worries do too. This is where I come to think.',
          nb: 'Herfra ser hele byen bitteliten ut, og på en måte gjør bekymringene mine det også. Det er hit jeg går for å tenke.',
        }),
      ],
      ending: {
        text: {
          en: 'You made it to my favourite place. Which way did you come? Play again and take the other one, then make a story about a place that matters to you.',
          nb: 'Du kom deg til favorittstedet mitt. Hvilken vei gikk du? Spill igjen og ta den andre, og lag så en historie om et sted som betyr noe for deg.',
        },
      },
      map: { x: 840, y: 160 },
    },
  ],
  assets: [...Object.values(pano), ...Object.values(sound)],
  variables: [],
};

writeFileSync(resolve(dir, 'story.json'), JSON.stringify(story, null, 2) + '\n');
writeFileSync(resolve(dir, 'asset-files.json'), JSON.stringify(files, null, 2) + '\n');
console.log(`wrote story.json (${story.scenes.length} scenes, ${story.assets.length} assets)`);
