#!/usr/bin/env node
// Writes each workshop template's story.json and asset-files.json from its media, and
// workshops/templates/index.json (the list the editor's "new from template" screen shows).
// Asset ids, byte sizes, pixel sizes and durations are read from the files (as
// scripts/make-sample-story.mjs does for the sample), so a story always matches its media.
//
// Re-run after changing a template's media or words:
//   node scripts/make-template-panoramas.mjs   (pictures)
//   node scripts/make-template-narration.mjs   (voices, captions, the river)
//   node scripts/make-template-stories.mjs     (this: story.json, asset-files.json, index.json)
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { imageSize, mp3Duration, wavDuration } from './media-info.mjs';

const ROOT = resolve(import.meta.dirname, '../workshops/templates');
const SCHEMA_VERSION = 2;

/** Reads a media file of one template and describes it as a story asset. */
function assetReader(dir) {
  const files = {};
  const assets = new Map();
  const asset = (file, meta) => {
    const buf = readFileSync(join(dir, file));
    const id = createHash('sha256').update(buf).digest('hex');
    files[id] = file;
    const base = {
      id,
      mime: '',
      bytes: buf.length,
      name: file.split('/').pop(),
      credit: meta.credit,
      consent: { peopleRecognisable: 'no', consentRecorded: false },
    };
    let a;
    if (/\.(jpe?g|png)$/.test(file)) {
      const { mime, width, height } = imageSize(buf);
      a = { ...base, kind: 'image', mime, width, height, alt: meta.alt };
      if (meta.placeholder) a.placeholder = true;
    } else {
      const wav = file.endsWith('.wav');
      a = { ...base, kind: 'audio', mime: wav ? 'audio/wav' : 'audio/mpeg', duration: wav ? wavDuration(buf) : mp3Duration(buf), transcript: meta.transcript };
    }
    if (!assets.has(id)) assets.set(id, a);
    return a;
  };
  return { asset, files, list: () => [...assets.values()] };
}

const CONTRIBUTORS = 'Storyscape contributors';
const drawn = (what) => ({ author: CONTRIBUTORS, source: `${what}, from the Storyscape templates`, licence: 'CC0-1.0' });
const voice = { author: CONTRIBUTORS, source: 'A computer voice (espeak-ng): record your own voices instead!', licence: 'CC0-1.0' };

const PLACEHOLDER_ALT = {
  en: 'Placeholder picture, to be replaced: a soft sky-and-sand background with a grid and the horizon marked, and three cards with a camera icon saying “Your 360° photo goes here”.',
  nb: 'Plassholderbilde som skal byttes ut: en myk bakgrunn i himmel- og sandfarger med rutenett og markert horisont, og tre kort med et kameraikon og teksten «Ditt 360°-bilde kommer her».',
};

const go = (id, yaw, pitch, sceneId, label, icon) => ({ id, yaw, pitch, label, action: { type: 'goto', sceneId }, ...(icon ? { style: { icon, size: 1 } } : {}) });
const info = (id, yaw, pitch, label, title, text, link) => ({
  id,
  yaw,
  pitch,
  label,
  action: { type: 'info', title, text, ...(link ? { link } : {}) },
});
const sound = (id, yaw, pitch, label, asset, volume = 1) => ({ id, yaw, pitch, label, action: { type: 'sound', asset, volume }, style: { icon: 'sound', size: 1 } });
const view = (yaw = 0, pitch = 0, fov = 75) => ({ yaw, pitch, fov });
/**
 * A word question that counts in the score: `answers` are [text, feedback] pairs (bilingual), the first
 * one right; the reader may try again, and a right first answer adds 1 to "score".
 */
const quiz = (id, yaw, pitch, label, prompt, answers) => ({
  id,
  yaw,
  pitch,
  label,
  action: {
    type: 'question',
    prompt,
    answers: answers.map(([text, feedback], i) => ({ id: `a${i + 1}`, text, right: i === 0, feedback })),
    chances: 'retry',
    score: 'score',
  },
  style: { icon: 'question', size: 1 },
});
const T = (en, nb) => ({ en, nb });
const transcriptOf = (tracks) => Object.fromEntries(Object.entries(tracks).map(([lang, cues]) => [lang, cues.map((c) => c.text).join(' ')]));

const TEMPLATE_AUTHORS = [{ name: CONTRIBUTORS, role: 'template' }];

// =============================================================================================
// my-place: a place that matters to me, and a barrier I meet there
// =============================================================================================
function myPlace(dir) {
  const { asset, files, list } = assetReader(dir);
  const ph = asset('media/your-360-photo-here.jpg', { credit: drawn('Placeholder picture'), alt: PLACEHOLDER_ALT, placeholder: true });
  const scene = (id, title, hotspots, map, extra = {}) => ({ id, title, panorama: ph.id, view: view(0, 0), northOffset: 0, soundscape: { beds: [], sources: [] }, hotspots, map, ...extra });
  const story = {
    schemaVersion: SCHEMA_VERSION,
    id: 'template-my-place',
    meta: {
      title: T('My place', 'Mitt sted'),
      description: T(
        'A place that matters to me, and something that gets in my way there. (A Storyscape template: put in your own 360° photos, words and voice.)',
        'Et sted som betyr noe for meg, og noe som står i veien for meg der. (En Storyscape-mal: legg inn dine egne 360°-bilder, ord og stemme.)',
      ),
      languages: ['en', 'nb'],
      defaultLanguage: 'en',
      authors: TEMPLATE_AUTHORS,
      licence: 'CC0-1.0',
      credits: T(
        'Write here: your name (a first name or chosen name is fine), who helped you, and where your sounds and pictures come from.',
        'Skriv her: navnet ditt (fornavn eller et navn du velger selv holder), hvem som hjalp deg, og hvor lydene og bildene kommer fra.',
      ),
    },
    startSceneId: 'arrive',
    scenes: [
      scene('arrive', T('My place', 'Mitt sted'), [
        info('arrive-why', 60, -12, T('Why this place matters', 'Hvorfor dette stedet betyr noe'), T('Why this place matters', 'Hvorfor dette stedet betyr noe'), T(
          'Write here: What is this place? Why does it matter to you? What can you see, hear and smell here?',
          'Skriv her: Hva er dette stedet? Hvorfor betyr det noe for deg? Hva ser, hører og lukter du her?',
        )),
        go('arrive-to-favourite', -60, -12, 'favourite', T('Come with me', 'Bli med meg')),
      ], { x: 0, y: 120 }),
      scene('favourite', T('My favourite spot', 'Favorittplassen min'), [
        info('favourite-what', 60, -12, T('What I do here', 'Hva jeg gjør her'), T('What I do here', 'Hva jeg gjør her'), T(
          'Write here: What do you do here, and who with? Tell one small moment you remember.',
          'Skriv her: Hva gjør du her, og sammen med hvem? Fortell om ett lite øyeblikk du husker.',
        )),
        go('favourite-to-barrier', -60, -12, 'barrier', T('But something gets in my way…', 'Men noe står i veien …')),
        go('favourite-back', 180, -12, 'arrive', T('Back', 'Tilbake')),
      ], { x: 280, y: 120 }),
      scene('barrier', T('What gets in my way', 'Det som står i veien'), [
        info('barrier-what', 60, -12, T('The barrier', 'Hindringen'), T('The barrier', 'Hindringen'), T(
          'Write here: What makes this place hard for you, or for people like you? Steps, noise, rules, money, language, the way people look at you? Point to where it is in your photo.',
          'Skriv her: Hva gjør dette stedet vanskelig for deg, eller for folk som deg? Trapper, bråk, regler, penger, språk, måten folk ser på deg på? Pek på hvor det er i bildet ditt.',
        )),
        go('barrier-to-getby', -60, -12, 'getby', T('How I get by today', 'Slik klarer jeg meg i dag')),
        go('barrier-to-better', 180, -12, 'better', T('What would make it better', 'Hva som ville gjort det bedre')),
      ], { x: 560, y: 120 }),
      scene('getby', T('How I get by', 'Slik klarer jeg meg'), [
        info('getby-what', 60, -12, T('What I do about it', 'Hva jeg gjør med det'), T('What I do about it', 'Hva jeg gjør med det'), T(
          'Write here: What do you do about it today? Who or what helps you?',
          'Skriv her: Hva gjør du med det i dag? Hvem eller hva hjelper deg?',
        )),
        go('getby-to-better', -60, -12, 'better', T('What would make it better', 'Hva som ville gjort det bedre')),
      ], { x: 840, y: 40 }),
      scene('better', T('If I could change one thing', 'Hvis jeg kunne endre én ting'), [
        info('better-idea', 60, -12, T('My idea', 'Ideen min'), T('My idea', 'Ideen min'), T(
          'Write here: What would make this place better for you? Who could make that happen?',
          'Skriv her: Hva ville gjort dette stedet bedre for deg? Hvem kunne fått det til?',
        )),
      ], { x: 1120, y: 120 }, {
        ending: { text: T(
          'Write here your last words to the reader: what do you want them to remember, or to do?',
          'Skriv her de siste ordene dine til leseren: hva vil du at de skal huske, eller gjøre?',
        ) },
      }),
    ],
    assets: list(),
    variables: [],
  };
  return { story, files };
}

// =============================================================================================
// local-history-walk: stops along the streets, facts with their sources (blanks to fill in)
// =============================================================================================
function localHistoryWalk(dir) {
  const { asset, files, list } = assetReader(dir);
  const ph = asset('media/your-360-photo-here.jpg', { credit: drawn('Placeholder picture'), alt: PLACEHOLDER_ALT, placeholder: true });
  const scene = (id, title, hotspots, map, extra = {}) => ({ id, title, panorama: ph.id, view: view(0, 0), northOffset: 0, soundscape: { beds: [], sources: [] }, hotspots, map, ...extra });
  const what = (id) => info(`${id}-what`, 60, -12, T('What happened here?', 'Hva skjedde her?'), T('What happened here?', 'Hva skjedde her?'), T(
    'Your research goes here: what was here before, and when? Write two or three sentences in your own words. Only write what you have found in a source, and name the source in “Source”.',
    'Her kommer det dere har funnet ut: hva var her før, og når? Skriv to eller tre setninger med egne ord. Skriv bare det dere har funnet i en kilde, og oppgi kilden under «Kilde».',
  ));
  const source = (id, yaw, link) => info(`${id}-source`, yaw, -12, T('Source', 'Kilde'), T('Source', 'Kilde'), T(
    'Your source goes here: the book (title, author, year, page), the archive document, the museum photo, or the person you interviewed (with their permission). Put the web address of your source in the link below. Until then, the link shows a good place to start looking.',
    'Her kommer kilden deres: boka (tittel, forfatter, år, side), arkivdokumentet, museumsbildet eller personen dere intervjuet (med deres tillatelse). Legg nettadressen til kilden i lenken under. Fram til da viser lenken et godt sted å begynne å lete.',
  ), link);
  const story = {
    schemaVersion: SCHEMA_VERSION,
    id: 'template-local-history-walk',
    meta: {
      title: T('Local history walk', 'Lokalhistorisk vandring'),
      description: T(
        'A walk through our streets, stop by stop: what happened here, and how we know. (A Storyscape template: put in your own 360° photos, and fill in what you find out, with its sources.)',
        'En vandring gjennom gatene våre, stopp for stopp: hva som skjedde her, og hvordan vi vet det. (En Storyscape-mal: legg inn deres egne 360°-bilder, og fyll inn det dere finner ut, med kilder.)',
      ),
      languages: ['en', 'nb'],
      defaultLanguage: 'en',
      authors: TEMPLATE_AUTHORS,
      licence: 'CC0-1.0',
      credits: T(
        'Write here: who researched and made this walk (first names or chosen names), who you interviewed (with their permission), and the archives, museums and books you used.',
        'Skriv her: hvem som har funnet ut og laget denne vandringen (fornavn eller selvvalgte navn), hvem dere intervjuet (med deres tillatelse), og arkivene, museene og bøkene dere brukte.',
      ),
    },
    startSceneId: 'stop-1',
    scenes: [
      scene('stop-1', T('Stop 1: Where we start', 'Stopp 1: Her starter vi'), [
        what('stop-1'),
        source('stop-1', -60, { url: 'https://lokalhistoriewiki.no/', label: T('Where to start looking: Lokalhistoriewiki', 'Et sted å begynne: Lokalhistoriewiki') }),
        go('stop-1-to-2', 180, -12, 'stop-2', T('Walk on to stop 2', 'Gå videre til stopp 2'), 'arrow'),
      ], { x: 0, y: 120 }),
      scene('stop-2', T('Stop 2: Then and now', 'Stopp 2: Før og nå'), [
        what('stop-2'),
        info('stop-2-then', -60, -12, T('Then and now', 'Før og nå'), T('Then and now', 'Før og nå'), T(
          'Your research goes here: find an old photo of this spot (in a museum, an archive or a family album), and describe what has changed and what is still the same. Say where the photo is kept, and who took it if you know.',
          'Her kommer det dere har funnet ut: finn et gammelt bilde av dette stedet (i et museum, et arkiv eller et familiealbum), og beskriv hva som har endret seg og hva som er likt. Skriv hvor bildet finnes, og hvem som tok det hvis dere vet det.',
        ), { url: 'https://digitaltmuseum.no/', label: T('Old photos: DigitaltMuseum', 'Gamle bilder: DigitaltMuseum') }),
        go('stop-2-to-3', 120, -12, 'stop-3', T('Take the side street to stop 3', 'Ta sidegata til stopp 3'), 'arrow'),
        go('stop-2-to-4', 180, -12, 'stop-4', T('Go straight on to the last stop', 'Gå rett fram til siste stopp'), 'arrow'),
      ], { x: 280, y: 120 }),
      scene('stop-3', T('Stop 3: Voices from the past', 'Stopp 3: Stemmer fra fortida'), [
        what('stop-3'),
        info('stop-3-voices', -60, -12, T('Someone who lived here', 'Noen som bodde her'), T('Someone who lived here', 'Noen som bodde her'), T(
          'Your research goes here: is there a letter, a newspaper article or a census entry about someone who lived or worked here? Tell their story in a few sentences, and give the source.',
          'Her kommer det dere har funnet ut: finnes det et brev, en avisartikkel eller en folketelling om noen som bodde eller arbeidet her? Fortell historien deres med noen få setninger, og oppgi kilden.',
        ), { url: 'https://www.digitalarkivet.no/', label: T('Censuses and church books: Digitalarkivet', 'Folketellinger og kirkebøker: Digitalarkivet') }),
        go('stop-3-to-4', 180, -12, 'stop-4', T('Walk on to the last stop', 'Gå videre til siste stopp'), 'arrow'),
      ], { x: 560, y: 40 }),
      scene('stop-4', T('Last stop: What we found out', 'Siste stopp: Dette fant vi ut'), [
        what('stop-4'),
        source('stop-4', -60, { url: 'https://www.nb.no/search', label: T('Old newspapers and books: the National Library', 'Gamle aviser og bøker: Nasjonalbiblioteket') }),
      ], { x: 840, y: 120 }, {
        ending: { text: T(
          'Write here: what surprised you most? What would you like people to notice the next time they walk these streets?',
          'Skriv her: hva overrasket dere mest? Hva vil dere at folk skal legge merke til neste gang de går gjennom disse gatene?',
        ) },
      }),
    ],
    assets: list(),
    variables: [],
  };
  return { story, files };
}

// =============================================================================================
// language-cafe: English and Norwegian Bokmål, every line in both, playable as is
// =============================================================================================
function languageCafe(dir) {
  const { asset, files, list } = assetReader(dir);
  const captions = JSON.parse(readFileSync(join(dir, 'narration.json'), 'utf8'));
  const phrases = JSON.parse(readFileSync(join(dir, 'phrases.json'), 'utf8'));
  const pic = (file, what, alt) => asset(file, { credit: drawn(what), alt });
  const cafe = pic('media/cafe.jpg', 'A drawing of a library café, made with three.js', T(
    'A bright library café. In front of you, a round table with two cups and a card saying “Hei! Hva heter du? / Hi! What’s your name?”. Behind it, a wooden counter with a coffee machine, a glass case of cakes and a plate of waffles, and chalkboard menus above. Tables and colourful chairs all around, windows on the left, shelves of books and a yellow poster saying “Snakk med meg! / Talk to me!” on the right, and the door out behind you.',
    'En lys kafé på biblioteket. Foran deg står et rundt bord med to kopper og et kort der det står «Hei! Hva heter du? / Hi! What’s your name?». Bak det er en disk av tre med kaffemaskin, et glasskap med kaker og et fat med vafler, og tavler med menyen over. Bord og fargerike stoler rundt omkring, vinduer til venstre, bokhyller og en gul plakat med «Snakk med meg! / Talk to me!» til høyre, og døra ut bak deg.',
  ));
  const books = pic('media/books.jpg', 'A drawing of a library hall, made with three.js', T(
    'An aisle between tall shelves full of colourful books, under a green sign saying “Bøker på mange språk / Books in many languages”. At the far end, a purple sign for audiobooks and a reading corner with armchairs by a big window. Behind you, the borrowing desk with a self-service machine. To the back left, a doorway marked “Kafé / Café”.',
    'En gang mellom høye hyller fulle av fargerike bøker, under et grønt skilt med «Bøker på mange språk / Books in many languages». Innerst et lilla skilt for lydbøker og en lesekrok med lenestoler ved et stort vindu. Bak deg er skranken for utlån med en utlånsautomat. Bak til venstre en døråpning merket «Kafé / Café».',
  ));
  const street = pic('media/street.jpg', 'A drawing of a street with a bus stop, made with three.js', T(
    'A sunny street outside the library. Across the road, a row of colourful wooden houses. On the left, a blue and yellow bus stop sign with a timetable, and a red bus coming. On the right, a bus shelter with a bench and a poster for the language café. Behind you, the library with a big sign: “BIBLIOTEK · LIBRARY”.',
    'En solfylt gate utenfor biblioteket. På andre siden av veien står en rad fargerike trehus. Til venstre et blått og gult busskilt med rutetabell, og en rød buss som kommer. Til høyre et busskur med benk og en plakat for språkkafeen. Bak deg biblioteket med et stort skilt: «BIBLIOTEK · LIBRARY».',
  ));
  const narr = {};
  for (const lang of ['en', 'nb']) {
    narr[lang] = asset(`media/narration-cafe.${lang}.mp3`, { credit: voice, transcript: transcriptOf(captions.cafe) });
  }
  const ph = {};
  for (const [id, p] of Object.entries(phrases)) {
    ph[id] = asset(p.file, { credit: voice, transcript: T(`In Norwegian: “${p.nb}” Then in English: “${p.en}”`, `På norsk: «${p.nb}» Så på engelsk: «${p.en}»`) });
  }
  const story = {
    schemaVersion: SCHEMA_VERSION,
    id: 'template-language-cafe',
    meta: {
      title: T('Language café', 'Språkkafé'),
      description: T(
        'Practise Norwegian and English at the library’s language café: say hello, order a coffee, borrow a book and catch the bus. Every line is in both languages, and the speech bubbles say the phrases out loud.',
        'Øv på norsk og engelsk på bibliotekets språkkafé: si hei, bestill en kopp kaffe, lån en bok og rekk bussen. Alt står på begge språk, og snakkeboblene sier setningene høyt.',
      ),
      languages: ['nb', 'en'],
      defaultLanguage: 'nb',
      authors: TEMPLATE_AUTHORS,
      licence: 'CC0-1.0',
      credits: T(
        'Made with Storyscape. The pictures are drawn with three.js and the voices are synthetic (espeak-ng): make it yours with your own photos and your own voices!',
        'Laget med Storyscape. Bildene er tegnet med three.js, og stemmene er syntetiske (espeak-ng): gjør den til deres egen med egne bilder og egne stemmer!',
      ),
    },
    startSceneId: 'cafe',
    scenes: [
      {
        id: 'cafe',
        title: T('The library café', 'Kafeen på biblioteket'),
        panorama: cafe.id,
        view: view(0, -6),
        northOffset: 0,
        soundscape: {
          beds: [],
          sources: [],
          narration: { recordings: { en: narr.en.id, nb: narr.nb.id }, captions: captions.cafe, autoplay: true },
        },
        hotspots: [
          sound('cafe-hello', 1, -24, T('Say hello', 'Si hei'), ph.hello.id),
          sound('cafe-coffee', -28, 2, T('Order a coffee', 'Bestill en kopp kaffe'), ph.coffee.id),
          sound('cafe-price', 16, -2, T('Ask what the waffles cost', 'Spør hva vaflene koster'), ph.price.id),
          info('cafe-words', -16, 14, T('Words at the counter', 'Ord ved disken'), T('Words at the counter', 'Ord ved disken'), T(
            'kaffe (coffee), te (tea), kakao (hot chocolate), vafler (waffles), en kopp (a cup), takk (thank you), Hvor mye koster det? (How much is it?)',
            'coffee (kaffe), tea (te), hot chocolate (kakao), waffles (vafler), a cup (en kopp), thank you (takk), How much is it? (Hvor mye koster det?)',
          )),
          info('cafe-what', 79, 12, T('What is a language café?', 'Hva er en språkkafé?'), T('What is a language café?', 'Hva er en språkkafé?'), T(
            'A language café is a relaxed meeting where people practise a language by talking together. Many libraries in Norway have one, often every week. Everyone is welcome, and mistakes are part of learning.',
            'En språkkafé er et uformelt treff der folk øver på et språk ved å snakke sammen. Mange bibliotek i Norge har språkkafé, ofte hver uke. Alle er velkomne, og feil er en del av det å lære.',
          )),
          quiz('cafe-quiz', -62, -4, T('Word quiz: a cup', 'Ordquiz: en kopp'), T('What is “a cup” in Norwegian?', 'Hva heter «en kopp» på engelsk?'), [
            [T('en kopp', 'a cup'), T('Yes! “En kopp kaffe, takk” means “A cup of coffee, please”.', 'Ja! «A cup of coffee, please» betyr «En kopp kaffe, takk».')],
            [T('en kake', 'a cake'), T('Not quite: “en kake” is a cake. Look at the table: what are the cups called?', 'Ikke helt: «a cake» er en kake. Se på bordet: hva heter koppene?')],
            [T('en vaffel', 'a waffle'), T('Not quite: “en vaffel” is a waffle. They are on the plate by the coffee machine.', 'Ikke helt: «a waffle» er en vaffel. De ligger på fatet ved kaffemaskinen.')],
          ]),
          go('cafe-to-books', 100, -4, 'books', T('Go to the bookshelves', 'Gå til bokhyllene'), 'arrow'),
          go('cafe-to-street', 180, -2, 'street', T('Go outside to the bus stop', 'Gå ut til bussholdeplassen'), 'door'),
        ],
        map: { x: 0, y: 120 },
      },
      {
        id: 'books',
        title: T('Among the bookshelves', 'Blant bokhyllene'),
        panorama: books.id,
        view: view(0, 0),
        northOffset: 0,
        soundscape: { beds: [], sources: [] },
        hotspots: [
          sound('books-borrow', -169, -6, T('Ask to borrow a book', 'Spør om å låne en bok'), ph.borrow.id),
          sound('books-audio', 0, 10, T('Ask about audiobooks', 'Spør etter lydbøker'), ph.audiobooks.id),
          info('books-languages', 0, 22, T('Books in many languages', 'Bøker på mange språk'), T('Books in many languages', 'Bøker på mange språk'), T(
            'Many libraries lend books in lots of languages. To ask for them in Norwegian, say: “Har dere bøker på …?” (Do you have books in …?)',
            'Mange bibliotek låner ut bøker på mange språk. For å spørre etter dem på engelsk kan du si: «Do you have books in …?» (Har dere bøker på …?)',
          )),
          info('books-words', 176, 14, T('Library words', 'Ord på biblioteket'), T('Library words', 'Ord på biblioteket'), T(
            'lånekort (library card), å låne (to borrow), å levere tilbake (to return), en bok, boka (a book, the book), en lydbok (an audiobook), en hylle (a shelf)',
            'library card (lånekort), to borrow (å låne), to return (å levere tilbake), a book, the book (en bok, boka), an audiobook (en lydbok), a shelf (en hylle)',
          )),
          quiz('books-quiz', 62, -6, T('Word quiz: to borrow', 'Ordquiz: å låne'), T('What does “å låne” mean?', 'Hva betyr «to borrow»?'), [
            [T('to borrow', 'å låne'), T('Yes! “Kan jeg låne denne boka?” means “Can I borrow this book?”', 'Ja! «Can I borrow this book?» betyr «Kan jeg låne denne boka?»')],
            [T('to return', 'å levere tilbake'), T('Not quite: “to return” is “å levere tilbake”.', 'Ikke helt: «å levere tilbake» er «to return».')],
            [T('to read', 'å lese'), T('Not quite: “to read” is “å lese”.', 'Ikke helt: «å lese» er «to read».')],
          ]),
          go('books-to-cafe', -110, -3, 'cafe', T('Back to the café', 'Tilbake til kafeen'), 'door'),
        ],
        map: { x: 280, y: 40 },
      },
      {
        id: 'street',
        title: T('The bus stop', 'Bussholdeplassen'),
        panorama: street.id,
        view: view(0, 0),
        northOffset: 0,
        soundscape: { beds: [], sources: [] },
        hotspots: [
          sound('street-bus', -53, 14, T('Ask about the next bus', 'Spør om neste buss'), ph.bus.id),
          info('street-words', -53, -8, T('Words at the bus stop', 'Ord ved bussholdeplassen'), T('Words at the bus stop', 'Ord ved bussholdeplassen'), T(
            'buss (bus), holdeplass (stop), billett (ticket), rutetabell (timetable), neste (next), sentrum (town centre)',
            'bus (buss), stop (holdeplass), ticket (billett), timetable (rutetabell), next (neste), town centre (sentrum)',
          )),
          sound('street-goodbye', -79, 2, T('Say goodbye', 'Si ha det'), ph.goodbye.id),
          quiz('street-quiz', 40, -4, T('Word quiz: a ticket', 'Ordquiz: en billett'), T('What is “a ticket” in Norwegian?', 'Hva heter «en billett» på engelsk?'), [
            [T('en billett', 'a ticket'), T('Yes! “En billett til sentrum, takk” means “A ticket to the town centre, please”.', 'Ja! «A ticket to the town centre, please» betyr «En billett til sentrum, takk».')],
            [T('en buss', 'a bus'), T('Not quite: “en buss” is a bus.', 'Ikke helt: «a bus» er en buss.')],
            [T('en holdeplass', 'a stop'), T('Not quite: “en holdeplass” is a bus stop.', 'Ikke helt: «a stop» er en holdeplass.')],
          ]),
          go('street-to-cafe', 180, -1, 'cafe', T('Back into the library', 'Tilbake inn i biblioteket'), 'door'),
        ],
        ending: {
          text: T(
            'Ha det bra! Goodbye! You said hello, ordered a coffee and found your bus. See you at the next language café.',
            'Ha det bra! Goodbye! Du har sagt hei, bestilt kaffe og funnet bussen din. Vi ses på neste språkkafé.',
          ),
          score: { variable: 'score', text: T('You knew {score} of {total} words on the first try.', 'Du kunne {score} av {total} ord på første forsøk.') },
        },
        map: { x: 280, y: 200 },
      },
    ],
    assets: list(),
    variables: [{ id: 'score', name: 'Words found', initial: 0 }],
  };
  return { story, files };
}

// =============================================================================================
// legend-retold: "The Three Billy Goats Gruff", narrated, with a choice that changes the ending
// =============================================================================================
function legendRetold(dir) {
  const { asset, files, list } = assetReader(dir);
  const captions = JSON.parse(readFileSync(join(dir, 'narration.json'), 'utf8'));
  const pic = (file, alt) => asset(file, { credit: drawn('A low-poly storybook picture made with three.js'), alt });
  const P = {
    valley: pic('media/valley.jpg', T(
      'A dry, dusty valley under a blue sky. Three goats stand on the brown grass: a small white one, a middle-sized grey one and a big dark brown one with long horns. Ahead, a little wooden bridge crosses a river, and on the far side a green hillside with fir trees rises towards snowy mountains.',
      'En tørr og støvete dal under blå himmel. Tre bukker står på det brune gresset: en liten hvit, en mellomstor grå og en stor mørkebrun med lange horn. Foran dem går en liten trebru over ei elv, og på den andre siden stiger en grønn li med grantrær opp mot snødekte fjell.',
    )),
    bridge: pic('media/bridge.jpg', T(
      'You stand on the wooden bridge, between its railings, with the river below. Ahead, the green hillside. On your right, a big green troll with a long nose and bushy eyebrows peeks over the railing, gripping it with both hands.',
      'Du står på trebrua, mellom rekkverkene, med elva under deg. Foran deg den grønne lia. Til høyre kikker et stort grønt troll med lang nese og buskete øyenbryn over rekkverket, og holder seg fast med begge hendene.',
    )),
    under: pic('media/under.jpg', T(
      'Under the bridge, on a gravel bank by the river. The troll sits by a small campfire in the shade of the wooden bridge, with an old pot, a red blanket, a pile of boxes and a fishing rod. The river runs past on both sides.',
      'Under brua, på en grusbanke ved elva. Trollet sitter ved et lite bål i skyggen av trebrua, med en gammel gryte, et rødt teppe, en stabel kasser og en fiskestang. Elva renner forbi på begge sider.',
    )),
    meadow: pic('media/meadow.jpg', T(
      'A green hillside full of flowers, with fir trees and snowy mountains beyond. The three goats graze happily. Far below and behind you, the river and the little bridge.',
      'Ei grønn li full av blomster, med grantrær og snødekte fjell bak. De tre bukkene beiter fornøyd. Langt nede bak deg ligger elva og den lille brua.',
    )),
    meadowShared: pic('media/meadow-shared.jpg', T(
      'The same green hillside full of flowers. The three goats graze, and the troll sits in the grass among them, smiling. Far below and behind you, the river and the little bridge.',
      'Den samme grønne lia full av blomster. De tre bukkene beiter, og trollet sitter i gresset sammen med dem og smiler. Langt nede bak deg ligger elva og den lille brua.',
    )),
  };
  const river = asset('media/river.mp3', {
    credit: { author: CONTRIBUTORS, source: 'Filtered noise made with sox', licence: 'CC0-1.0' },
    transcript: T('The steady rushing of a river.', 'Jevn brusing fra ei elv.'),
  });
  const narration = (scene) => {
    const rec = {};
    for (const lang of ['en', 'nb']) {
      rec[lang] = asset(`media/narration-${scene}.${lang}.mp3`, { credit: voice, transcript: transcriptOf(captions[scene]) }).id;
    }
    return { recordings: rec, captions: captions[scene], autoplay: true };
  };
  const riverAt = (id, yaw, pitch, distance, volume) => ({ id, asset: river.id, yaw, pitch, distance, volume, loop: true });
  const story = {
    schemaVersion: SCHEMA_VERSION,
    id: 'template-legend-retold',
    meta: {
      title: T('The Troll Under the Bridge: a legend retold', 'Trollet under brua: et eventyr fortalt på nytt'),
      description: T(
        'The Norwegian folk tale of the three billy goats and the troll, told by a narrator, with a choice: trick the troll as in the old tale, or ask him why he is so angry.',
        'Det norske folkeeventyret om de tre bukkene Bruse og trollet, fortalt av en forteller, med et valg: lur trollet som i det gamle eventyret, eller spør ham hvorfor han er så sint.',
      ),
      languages: ['en', 'nb'],
      defaultLanguage: 'en',
      authors: TEMPLATE_AUTHORS,
      licence: 'CC0-1.0',
      credits: T(
        'Retold from the Norwegian folk tale “De tre bukkene Bruse” (“The Three Billy Goats Gruff”), collected by Peter Christen Asbjørnsen and Jørgen Moe. Pictures drawn with three.js, narration by a synthetic voice (espeak-ng): retell it with your own pictures and voices!',
        'Fortalt på nytt etter folkeeventyret «De tre bukkene Bruse», samlet av Peter Christen Asbjørnsen og Jørgen Moe. Bildene er tegnet med three.js, og fortellerstemmen er syntetisk (espeak-ng): fortell det på nytt med deres egne bilder og stemmer!',
      ),
    },
    startSceneId: 'valley',
    scenes: [
      {
        id: 'valley',
        title: T('The hungry valley', 'Den sultne dalen'),
        panorama: P.valley.id,
        view: view(0, -3),
        northOffset: 0,
        soundscape: { beds: [], sources: [riverAt('valley-river', 3, -4, 12, 0.45)], narration: narration('valley') },
        hotspots: [
          go('valley-to-bridge', 5, -2, 'bridge', T('Trip, trap! Step onto the bridge', 'Tripp, trapp! Gå ut på brua'), 'arrow'),
          info('valley-tale', -34, -14, T('About this tale', 'Om dette eventyret'), T('About this tale', 'Om dette eventyret'), T(
            '“The Three Billy Goats Gruff” (in Norwegian “De tre bukkene Bruse”) is a Norwegian folk tale. Peter Christen Asbjørnsen and Jørgen Moe wrote it down in their collection of Norwegian folk tales in the 1800s. This is our own retelling, with a new choice in the middle.',
            '«De tre bukkene Bruse» er et norsk folkeeventyr. Peter Christen Asbjørnsen og Jørgen Moe skrev det ned i samlingen sin av norske folkeeventyr på 1800-tallet. Dette er vår egen gjenfortelling, med et nytt valg midt i.',
          ), { url: 'https://en.wikipedia.org/wiki/Three_Billy_Goats_Gruff', label: T('Read about the tale on Wikipedia', 'Les om eventyret på Wikipedia (engelsk)') }),
        ],
        map: { x: 0, y: 160 },
      },
      {
        id: 'bridge',
        title: T('Trip, trap on the bridge', 'Tripp, trapp på brua'),
        panorama: P.bridge.id,
        view: view(30, -4),
        northOffset: 0,
        soundscape: { beds: [], sources: [riverAt('bridge-river', 90, -40, 3, 0.8)], narration: narration('bridge') },
        hotspots: [
          go('bridge-trick', 25, -10, 'trick', T('Say: “Wait for my big brother, he’s much bigger!”', 'Si: «Vent på storebroren min, han er mye større!»'), 'question'),
          go('bridge-talk', 75, -10, 'talk', T('Ask: “Why are you so angry?”', 'Spør: «Hvorfor er du så sint?»'), 'question'),
        ],
        map: { x: 280, y: 160 },
      },
      {
        id: 'trick',
        title: T('The biggest goat', 'Den største bukken'),
        panorama: P.bridge.id,
        view: view(30, -4),
        northOffset: 0,
        soundscape: { beds: [], sources: [riverAt('trick-river', 90, -40, 3, 0.8)], narration: narration('trick') },
        hotspots: [
          go('trick-to-meadow', 0, -4, 'ending-old', T('Run up to the green hillside', 'Løp opp i den grønne lia'), 'arrow'),
        ],
        map: { x: 560, y: 60 },
      },
      {
        id: 'talk',
        title: T('Under the bridge', 'Under brua'),
        panorama: P.under.id,
        view: view(-10, 5),
        northOffset: 0,
        soundscape: { beds: [], sources: [riverAt('talk-river', -80, -15, 4, 0.7)], narration: narration('talk') },
        hotspots: [
          go('talk-invite', 14, 2, 'ending-new', T('Invite the troll to share the hillside', 'Inviter trollet til å dele lia'), 'star'),
          go('talk-back', -50, 22, 'bridge', T('Climb back up onto the bridge', 'Klatre opp på brua igjen'), 'arrow'),
        ],
        map: { x: 560, y: 260 },
      },
      {
        id: 'ending-old',
        title: T('The old ending', 'Den gamle slutten'),
        panorama: P.meadow.id,
        view: view(0, -4),
        northOffset: 0,
        soundscape: { beds: [], sources: [riverAt('old-river', 165, -6, 16, 0.35)], narration: narration('ending-old') },
        hotspots: [],
        ending: {
          text: T(
            'That is how the old tale ends. Play again, and this time try talking to the troll.',
            'Slik slutter det gamle eventyret. Spill igjen, og prøv å snakke med trollet denne gangen.',
          ),
        },
        map: { x: 840, y: 60 },
      },
      {
        id: 'ending-new',
        title: T('A new ending', 'En ny slutt'),
        panorama: P.meadowShared.id,
        view: view(0, -4),
        northOffset: 0,
        soundscape: { beds: [], sources: [riverAt('new-river', 165, -6, 16, 0.35)], narration: narration('ending-new') },
        hotspots: [],
        ending: {
          text: T(
            'This is our new ending. Which ending do you like better? Now retell a legend from your own place or family, and give it a choice.',
            'Dette er den nye slutten vår. Hvilken slutt liker du best? Nå kan dere fortelle et sagn eller et eventyr fra deres eget sted eller familie på nytt, og gi det et valg.',
          ),
        },
        map: { x: 840, y: 260 },
      },
    ],
    assets: list(),
    variables: [],
  };
  return { story, files };
}

// =============================================================================================
export const TEMPLATES = [
  { id: 'my-place', make: myPlace, needsOwnPhotos: true },
  { id: 'local-history-walk', make: localHistoryWalk, needsOwnPhotos: true },
  { id: 'language-cafe', make: languageCafe, needsOwnPhotos: false },
  { id: 'legend-retold', make: legendRetold, needsOwnPhotos: false },
];

const index = { templates: [] };
for (const t of TEMPLATES) {
  const dir = join(ROOT, t.id);
  const { story, files } = t.make(dir);
  for (const f of Object.values(files)) if (!existsSync(join(dir, f))) throw new Error(`${t.id}: missing ${f}`);
  writeFileSync(join(dir, 'story.json'), JSON.stringify(story, null, 2) + '\n');
  writeFileSync(join(dir, 'asset-files.json'), JSON.stringify(files, null, 2) + '\n');
  const bytes = Object.values(files).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0);
  index.templates.push({
    id: t.id,
    folder: t.id,
    story: 'story.json',
    assetFiles: 'asset-files.json',
    guide: 'GUIDE.md',
    title: story.meta.title,
    description: story.meta.description,
    languages: story.meta.languages,
    scenes: story.scenes.length,
    needsOwnPhotos: t.needsOwnPhotos,
    mediaBytes: bytes,
  });
  console.log(`${t.id}: ${story.scenes.length} scenes, ${story.assets.length} assets, ${(bytes / 1048576).toFixed(2)} MB of media`);
}
writeFileSync(join(ROOT, 'index.json'), JSON.stringify(index, null, 2) + '\n');
console.log(`wrote ${index.templates.length} templates and index.json`);
