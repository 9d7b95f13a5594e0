/**
 * Norwegian Bokmål words for problems and import errors: `problem.<key>` for each key of the
 * model's English words (src/story/graph/lint/words.ts, src/story/io/load-words.ts,
 * src/story/io/package/words.ts, src/story/io/importers/errors.ts). A complete catalogue:
 * tests/unit/problem-words.test.ts fails when a key or a {parameter} is missing here.
 * `{^name}` puts the first letter of the parameter in upper case.
 */
export const problemsNb: Readonly<Record<string, string>> = {
  // ---- lint: how things are named ----
  'problem.lint.scene': 'scenen «{name}»',
  'problem.lint.hotspot': 'punktet «{label}» i {scene}',
  'problem.lint.hotspot.short': 'punktet «{label}»',
  'problem.lint.hotspot-unlabelled': '{kind} uten tekst (id «{id}») i {scene}',
  'problem.lint.hotspot-unlabelled.short': '{kind} uten tekst (id «{id}»)',
  'problem.lint.field.question-prompt': 'spørsmålet i {hotspot}',
  'problem.lint.field.answer-text': 'svar {number} i {hotspot}',
  'problem.lint.field.answer-feedback': 'tilbakemeldingen på svar {number} i {hotspot}',
  'problem.lint.field.checkpoint-message': 'meldingen {hotspot} viser mens det er stengt',
  'problem.lint.field.ending-score': 'poengsetningen i {scene}',
  'problem.lint.use.question-sound': 'det innspilte spørsmålet i {hotspot}',
  'problem.lint.use.answer-picture': 'bildet til svar {number} i {hotspot}',
  'problem.lint.use.answer-sound': 'det innspilte ordet til svar {number} i {hotspot}',
  'problem.lint.question-no-right': 'Ingen svar i {hotspot} er merket riktig, så ingen kan svare riktig. Kryss av for «Riktig svar» på minst ett svar.',
  'problem.lint.answer-empty': 'Svar {number} i {hotspot} har verken ord eller bilde. Skriv svaret, eller fjern det.',
  'problem.lint.checkpoint-never-opens': '{hotspot} kan aldri åpnes: ingenting i historien kan endre «{name}» nok til betingelsen. Endre betingelsen, eller la spørsmål eller valg endre «{name}».',
  'problem.lint.kind.goto': 'gå-til-punktet',
  'problem.lint.kind.info': 'infopunktet',
  'problem.lint.kind.sound': 'lydpunktet',
  'problem.lint.kind.question': 'spørsmålspunktet',
  'problem.lint.asset.image': 'bildet «{name}»',
  'problem.lint.asset.audio': 'lyden «{name}»',
  'problem.lint.asset.video': 'videoen «{name}»',
  'problem.lint.use.panorama': '360°-bildet i {scene}',
  'problem.lint.use.video': 'videoen i {scene}',
  'problem.lint.use.info-picture': 'bildet i {hotspot}',
  'problem.lint.use.hotspot-sound': 'lyden til {hotspot}',
  'problem.lint.use.bed': 'bakgrunnslyden i {scene}',
  'problem.lint.use.source': 'en plassert lyd i {scene}',
  'problem.lint.use.narration': 'fortellerstemmen på {language} i {scene}',
  'problem.lint.field.story-title': 'tittelen på historien',
  'problem.lint.field.story-description': 'beskrivelsen av historien',
  'problem.lint.field.scene-title': 'tittelen på {scene}',
  'problem.lint.field.scene-description': 'beskrivelsen av {scene}',
  'problem.lint.field.ending-text': 'slutteksten i {scene}',
  'problem.lint.field.hotspot-label': 'teksten på {hotspot}',
  'problem.lint.field.info-title': 'infotittelen til {hotspot}',
  'problem.lint.field.info-text': 'infoteksten til {hotspot}',
  'problem.lint.field.link-text': 'lenketeksten i {hotspot}',
  'problem.lint.field.image-alt': 'beskrivelsen av {asset}',
  'problem.lint.field.audio-transcript': 'teksten til {asset}',
  'problem.lint.field.video-transcript': 'tekstingen til {asset}',
  'problem.lint.type.number': 'et tall',
  'problem.lint.type.boolean': 'ja/nei (true eller false)',
  'problem.lint.type.string': 'tekst',
  'problem.lint.link-hint.mailto': ' Mente du «mailto:{address}»?',
  'problem.lint.link-hint.https': ' Mente du «https://{address}»?',

  // ---- lint: texts ----
  'problem.lint.story-title-empty': 'Historien har ingen tittel på {language}. Gi den en tittel: den vises i biblioteket og når historien starter.',
  'problem.lint.scene-title-empty': 'Scene {number} («{id}») har ingen tittel på {language}. Gi den en kort tittel, for eksempel «Den gamle brua».',
  'problem.lint.hotspot-no-label':
    '{^kind} «{id}» i {scene} har ingen tekst på {language}. Gi den en kort tekst, for eksempel «Åpne døra»: folk som bruker skjermleser, hører den.',
  'problem.lint.hotspot-no-label.other-languages':
    '{^kind} «{id}» i {scene} har ingen tekst på {language} (bare på andre språk). Gi den en kort tekst, for eksempel «Åpne døra»: folk som bruker skjermleser, hører den.',
  'problem.lint.translation-missing': '{^field} er ikke skrevet på {languages} ennå. Legg til oversettelsen, eller fjern dette språket fra historiens språk.',
  'problem.lint.translation-missing.many': '{^field} er ikke skrevet på {languages} ennå. Legg til oversettelsene, eller fjern disse språkene fra historiens språk.',
  'problem.lint.captions-missing':
    'Tekstingen av fortellerstemmen i {scene} er ikke skrevet på {languages} ennå. Legg til tekstingen, eller fjern dette språket fra historiens språk.',
  'problem.lint.captions-missing.many':
    'Tekstingen av fortellerstemmen i {scene} er ikke skrevet på {languages} ennå. Legg til tekstingene, eller fjern disse språkene fra historiens språk.',

  // ---- lint: ids ----
  'problem.lint.duplicate-scene': 'To scener har id-en «{id}» ({first} og scene {number}). Hver scene må ha sin egen id: gi en av dem nytt navn.',
  'problem.lint.duplicate-variable': 'To variabler har id-en «{id}» («{first}» og «{second}»). Gi en av dem nytt navn.',
  'problem.lint.duplicate-hotspot': 'To punkter har id-en «{id}» (i {first} og {second}). Hvert punkt må ha sin egen id: gi en av dem nytt navn.',
  'problem.lint.duplicate-sound': 'To lyder har id-en «{id}» (i {first} og {second}). Hver lyd må ha sin egen id: gi en av dem nytt navn.',

  // ---- lint: paths ----
  'problem.lint.story-empty': 'Historien har ingen scener ennå. Legg til en første scene: det er der historien starter.',
  'problem.lint.start-scene-missing': 'Historien har ingen startscene. Velg scenen der leserne begynner.',
  'problem.lint.start-scene-not-found': 'Startscenen («{id}») finnes ikke: den kan ha blitt slettet. Velg scenen der leserne begynner.',
  'problem.lint.scene-unreachable':
    'Leserne kan aldri komme til {scene}: ikke noe gå-til-punkt fører dit fra starten. Lag en vei dit fra en annen scene, eller slett den hvis du ikke trenger den.',
  'problem.lint.link-target-missing': '{^hotspot} fører til en scene som ikke finnes («{target}»). Velg en annen scene for det, eller slett punktet.',
  'problem.lint.hotspot-self-link': '{^hotspot} fører tilbake til samme scene, så det ser ut som ingenting skjer. Sjekk at det er det du vil.',
  'problem.lint.dead-end':
    '{^scene} er en blindvei: den har ikke noe gå-til-punkt og er ikke en slutt, så leserne blir sittende fast der. Legg til et gå-til-punkt, eller merk scenen som en slutt.',
  'problem.lint.no-ending': 'Historien har ingen slutt. Merk minst én scene som en slutt, så leserne vet når de er ferdige.',

  // ---- lint: media ----
  'problem.lint.asset-missing.image': '{^use} er ikke i historiens medieliste (fil {file}…). Legg til bildet på nytt, eller velg et annet.',
  'problem.lint.asset-missing.audio': '{^use} er ikke i historiens medieliste (fil {file}…). Legg til lyden på nytt, eller velg en annen.',
  'problem.lint.asset-wrong-kind.image': '{^use} er {asset}, men det skal være et bilde. Velg et bilde i stedet.',
  'problem.lint.asset-wrong-kind.audio': '{^use} er {asset}, men det skal være en lyd. Velg en lyd i stedet.',
  'problem.lint.asset-missing.video': '{^use} er ikke i historiens medieliste (fil {file}…). Legg til videoen på nytt, eller velg en annen.',
  'problem.lint.asset-wrong-kind.video': '{^use} er {asset}, men det skal være en video. Velg en video i stedet.',
  'problem.lint.video-end-missing': 'Når videoen i {scene} er ferdig, skal leserne gå til en scene som ikke finnes («{target}»). Velg en annen scene, eller la videoen gå om igjen.',
  'problem.lint.video-too-large.pixels':
    '{^asset} er {width}×{height} piksler: de fleste mobiler kan ikke spille av videoer bredere enn {limit} piksler, så de viser bare stillbildet. Eksporter den på nytt i {limit}×{half} (4K) eller mindre.',
  'problem.lint.video-too-large.bytes':
    '{^asset} er {megabytes} MB: på mobildata tar den lang tid å starte og bruker opp datapakken. Gjør den kortere, eller eksporter den med lavere kvalitet (under {limit} MB).',
  'problem.lint.hotspot-time.no-video': '{^hotspot} har et tidsvindu, men {scene} har ingen video, så den vises alltid. Fjern tidsvinduet, eller gi scenen en video.',
  'problem.lint.hotspot-time.empty': '{^hotspot} skal vises fra {from} til {to}: det er ingen tid i det hele tatt, så leserne ser den aldri. Gjør slutten senere enn starten.',
  'problem.lint.hotspot-time.after-end': '{^hotspot} skal dukke opp ved {from}, men videoen er bare {length} lang, så leserne ser den aldri. Velg et tidligere tidspunkt.',
  'problem.lint.panorama-missing': '{^scene} har ikke noe 360°-bilde ennå. Legg til et panoramabilde eller en tegning.',
  'problem.lint.panorama-placeholder': '{^scene} viser fortsatt malens plassholderbilde. Bytt det ut med ditt eget 360°-bilde eller din egen tegning.',
  'problem.lint.asset-unused': '{^asset} er i historiens media, men brukes ingen steder. Bruk det i en scene, eller fjern det for å gjøre historien mindre.',
  'problem.lint.consent-missing.image':
    '{^asset} viser folk som kan kjennes igjen, og samtykket deres er ikke skrevet ned. Spør dem og skriv ned samtykket, eller bytt ut eller gjør det uskarpt før du deler historien.',
  'problem.lint.consent-missing.audio':
    'I {asset} kan man høre folk som kan kjennes igjen, og samtykket deres er ikke skrevet ned. Spør dem og skriv ned samtykket, eller bytt det ut før du deler historien.',
  'problem.lint.credit-missing': '{^asset} sier ikke hvem som laget det eller hvor det kommer fra. Legg til en kreditering, så folk får takk og du kan vise at du har lov til å bruke det.',

  // ---- lint: for people who cannot see or hear ----
  'problem.lint.image-no-alt': '{^asset} ({use}) har ingen beskrivelse på {language}. Beskriv i én setning hva det viser, for folk som ikke kan se det.',
  'problem.lint.audio-no-transcript':
    '{^asset} ({use}) har ingen tekst på {language}. Skriv hva man kan høre (ord, eller en beskrivelse som «fugler som synger»), for folk som ikke kan høre det.',
  'problem.lint.video-no-captions':
    'Folk snakker i {asset} ({use}), og den har ingen teksting på {language}. Skriv det som blir sagt, for folk som ikke kan høre det.',
  'problem.lint.narration-no-captions':
    'Fortellerstemmen på {language} i {scene} har ingen teksting, så folk som ikke kan høre den, går glipp av det som blir sagt. Legg til teksting (ordene, med tidene sine).',

  // ---- lint: links, variables, placement ----
  'problem.lint.info-link-invalid':
    'Lenken i {hotspot} («{url}») vil aldri åpnes: bare nettadresser som begynner med https:// eller http://, og e-postadresser som begynner med mailto:, virker.{hint} Rett adressen eller fjern lenken.',
  'problem.lint.variable-unknown.condition': 'En betingelse for {hotspot} bruker variabelen «{variable}», som ikke finnes. Lag variabelen, eller velg en annen.',
  'problem.lint.variable-unknown.effect': 'En virkning av {hotspot} bruker variabelen «{variable}», som ikke finnes. Lag variabelen, eller velg en annen.',
  'problem.lint.variable-type-mismatch.condition':
    'En betingelse for {hotspot} behandler variabelen «{name}» som {expected}, men den inneholder {holds}. Endre betingelsen eller startverdien til variabelen.',
  'problem.lint.variable-type-mismatch.effect':
    'En virkning av {hotspot} behandler variabelen «{name}» som {expected}, men den inneholder {holds}. Endre virkningen eller startverdien til variabelen.',
  'problem.lint.hotspots-overlap': '{^hotspot} ligger nesten oppå {other}, så leserne klarer kanskje ikke å velge det. Flytt en av dem litt.',

  // ---- loading a story ----
  'problem.load.too-large': 'Denne filen er for stor til å være en historie ({size} MB tekst; historier er på høyst {limit} MB, med bilder og lyder utenfor).',
  'problem.load.file-too-large': 'Denne filen er for stor til å være en historie ({size} MB; historier er på høyst {limit} MB, med bilder og lyder utenfor).',
  'problem.load.not-text': 'Denne filen er ikke tekst: det kan være et bilde, en zip-fil eller en skadet fil. En historiefil er JSON-tekst (UTF-8).',
  'problem.load.too-deep': 'Denne filen har altfor mange nivåer inni hverandre til å være en historie.',
  'problem.load.empty': 'Denne filen er tom. En historiefil inneholder tekst som begynner med «{».',
  'problem.load.broken': 'Dette er ikke en lesbar historiefil: teksten er ødelagt. Den kan ha blitt kuttet av eller endret for hånd. Prøv originalfilen eller en sikkerhetskopi.',
  'problem.load.broken-at':
    'Dette er ikke en lesbar historiefil: teksten er ødelagt på linje {line}, kolonne {column}. Den kan ha blitt kuttet av eller endret for hånd. Prøv originalfilen eller en sikkerhetskopi.',
  'problem.load.not-a-story': 'Dette er ikke en historie: en historiefil inneholder en gruppe felt i { }, men denne inneholder {value}.',
  'problem.load.holds.list': 'en liste',
  'problem.load.holds.nothing': 'ingenting',
  'problem.load.holds.number': 'et tall',
  'problem.load.holds.string': 'en tekst',
  'problem.load.holds.boolean': 'en sannhetsverdi',
  'problem.load.holds.other': 'en verdi av typen {type}',
  'problem.load.migrated': 'Denne historien ble oppdatert fra format {from} til format {to}.',
  'problem.load.crashed': 'Storyscape kunne ikke lese denne historien ({detail}). Ingenting ble endret. Meld gjerne fra om dette.',
  'problem.load.version-unknown':
    'Denne filen sier ikke hvilket Storyscape-format den bruker («schemaVersion» mangler eller er ikke et helt tall), så den kan ikke åpnes. Er det virkelig en Storyscape-historie?',
  'problem.load.version-future':
    'Denne historien ble lagret av en nyere Storyscape (format {version}; denne leser opp til format {supported}). Oppdater Storyscape, og åpne den på nytt. Ingenting ble endret.',
  'problem.load.migration-missing': 'Storyscape vet ikke hvordan en historie skal oppdateres fra format {version}. Meld gjerne fra om dette.',
  'problem.load.migration-failed': 'Oppdateringen av denne historien fra format {from} til {to} mislyktes ({detail}). Filen ble ikke endret.',

  // ---- repaired on load ----
  'problem.repair.languages-missing': 'Listen over historiens språk manglet; den er satt til «{language}».',
  'problem.repair.main-language-added': 'La til hovedspråket «{language}» i historiens språk.',
  'problem.repair.main-language-missing': 'Historiens hovedspråk manglet; det er satt til «{language}».',
  'problem.repair.text-language': 'Merket teksten i {path} som «{language}».',
  'problem.repair.angle': 'Endret {field} fra {from} til {to} (det var utenfor det som er tillatt).',
  'problem.repair.id-twice': 'En id ble brukt to ganger («{id}»); den fikk den nye id-en «{to}».',
  'problem.repair.id-invalid': 'En id manglet eller var ugyldig; den fikk den nye id-en «{to}».',
  'problem.repair.asset-id': 'Skrev en medie-id med små bokstaver.',
  'problem.repair.start-renamed': 'Id-en til startscenen ble endret fra «{from}» til «{to}»; starten følger med.',
  'problem.repair.link-renamed': 'En lenke til scenen «{from}» bruker nå scenens nye id «{to}».',
  'problem.repair.volume': 'Volumet {from} er utenfor 0–1; det er satt til {to}.',
  'problem.repair.caption-time': 'En tekst sluttet før den begynte; den varer nå i 2 sekunder.',
  'problem.repair.start': 'Historien hadde ingen startscene; nå starter den i den første scenen («{id}»).',

  // ---- the schema check ----
  'problem.schema.story': 'historien',
  'problem.schema.path': '{head} › {rest}',
  'problem.schema.path-field': '{field}',
  'problem.schema.item': '{name} {number}',
  'problem.schema.item-id': '{name} {number} («{id}»)',
  'problem.schema.name.scenes': 'scene',
  'problem.schema.name.hotspots': 'punkt',
  'problem.schema.name.assets': 'mediefil',
  'problem.schema.name.beds': 'bakgrunnslyd',
  'problem.schema.name.sources': 'plassert lyd',
  'problem.schema.name.captions': 'tekst',
  'problem.schema.name.variables': 'variabel',
  'problem.schema.name.authors': 'forfatter',
  'problem.schema.name.conditions': 'betingelse',
  'problem.schema.name.effects': 'virkning',
  'problem.schema.name.languages': 'språk',
  'problem.schema.value.missing': 'borte',
  'problem.schema.value.null': 'tom (null)',
  'problem.schema.value.list': 'en liste',
  'problem.schema.value.nan': 'ikke et tall',
  'problem.schema.value.number': 'tallet {value}',
  'problem.schema.value.long-text': 'en lang tekst',
  'problem.schema.value.text': 'teksten «{value}»',
  'problem.schema.value.boolean': '«{value}»',
  'problem.schema.value.other': 'en verdi av typen {type}',
  'problem.schema.expected.string': 'tekst',
  'problem.schema.expected.number': 'et tall',
  'problem.schema.expected.boolean': 'true eller false',
  'problem.schema.expected.object': 'en gruppe felt',
  'problem.schema.expected.array': 'en liste',
  'problem.schema.expected.record': 'tekst på ett eller flere språk, som {"nb": "..."}',
  'problem.schema.missing': '{^where} mangler. Det skal være {expected}.',
  'problem.schema.wrong-type': '{^where} skal være {expected}, men er {value}.',
  'problem.schema.too-few': '{^where} må ha minst {minimum} element(er).',
  'problem.schema.empty': '{^where} kan ikke være tom.',
  'problem.schema.too-small': '{^where} er {value}, men må være minst {minimum}.',
  'problem.schema.too-many': '{^where} har for mange elementer (høyst {maximum}).',
  'problem.schema.too-long': '{^where} er for lang (høyst {maximum} tegn).',
  'problem.schema.too-big': '{^where} er {value}, men må være høyst {maximum}.',
  'problem.schema.not-one-of': '{^where} er {value}, men må være en av disse: {values}.',
  'problem.schema.unknown-shape': '{^where} har en form Storyscape ikke kjenner ({value}). Sjekk feltet «type» eller «op».',
  'problem.schema.other': '{^where}: {detail}',
  'problem.schema.detail.id': 'Id-er kan bare bruke bokstaver, sifre, «-» og «_».',
  'problem.schema.detail.asset-id': 'Id-en til en mediefil er sha-256 av innholdet: 64 små heksadesimale tegn.',
  'problem.schema.detail.language': 'Et språk skrives som en kode, for eksempel «en» eller «nb».',
  'problem.schema.detail.caption-end': 'En tekst må slutte etter at den begynner.',

  // ---- packages and backups ----
  'problem.package.noun.package': 'historiepakke',
  'problem.package.noun.backup': 'Storyscape-sikkerhetskopi',
  'problem.package.what.image': 'bildet «{name}»',
  'problem.package.what.audio': 'lyden «{name}»',
  'problem.package.what.file': 'filen «{name}»',
  'problem.package.what.image-id': 'et bilde ({id}…)',
  'problem.package.what.audio-id': 'en lyd ({id}…)',
  'problem.package.what.file-id': 'en fil ({id}…)',
  'problem.package.what.video': 'videoen «{name}»',
  'problem.package.what.video-id': 'en video ({id}…)',
  'problem.package.what.in-story': '{what} (historien «{id}»)',
  'problem.package.declared.image': 'et {format}-bilde',
  'problem.package.declared.audio': 'en {format}-lyd',
  'problem.package.actual.image': 'en bildefil ({label})',
  'problem.package.actual.audio': 'en lydfil ({label})',
  'problem.package.in-file': 'I {entry}: {problem}',
  'problem.package.in-story': 'I historien «{id}»: {problem}',
  'problem.package.detail.no-directory': 'innholdslisten, på slutten av filen, mangler',
  'problem.package.detail.split': 'den er én del av en zip-fil som er delt i flere filer',
  'problem.package.detail.directory-broken': 'innholdslisten er ødelagt',
  'problem.package.detail.directory-past-end': 'innholdslisten peker forbi slutten av filen',
  'problem.package.detail.directory-count': 'innholdslisten går ikke opp',
  'problem.package.detail.entry-misplaced': 'filen «{entry}» er ikke der innholdslisten sier',
  'problem.package.detail.entry-renamed': 'filen «{entry}» har et annet navn inne i zip-filen',
  'problem.package.detail.entry-two-ways': 'filen «{entry}» er beskrevet på to forskjellige måter',
  'problem.package.detail.sizes-differ': 'størrelsene stemmer ikke',
  'problem.package.detail.longer': 'den er lengre enn zip-filen sier',
  'problem.package.detail.shorter': 'den er kortere enn zip-filen sier',
  'problem.package.detail.ends-early': 'filen slutter for tidlig',
  'problem.package.detail.cannot-unpack': 'den kan ikke pakkes ut',
  'problem.package.detail.checksum': 'kontrollsummen er feil',
  'problem.package.detail.not-json': 'den er ikke lesbar JSON',
  'problem.package.detail.not-a-manifest': 'den sier ikke hva den er',
  'problem.package.detail.manifest-fields': 'noen av feltene er feil',
  'problem.package.name.empty': 'har ikke noe navn i det hele tatt',
  'problem.package.name.control': 'inneholder skjulte kontrolltegn',
  'problem.package.name.backslash': 'bruker omvendt skråstrek («\\») mellom mapper',
  'problem.package.name.absolute': 'starter øverst på disken (den begynner med «/»)',
  'problem.package.name.drive': 'nevner en diskstasjon («{drive}»)',
  'problem.package.name.climbs': 'klatrer ut av mappen sin med «..»',
  'problem.package.story-file': 'Dette er en historiefil (story.json), ikke en {archive}. Åpne den med «Åpne historiefil» i stedet.',
  'problem.package.not-a-zip':
    'Denne filen er ikke en {archive}. En {archive} er en .storyscape-fil som er laget med Storyscapes «Eksporter»-knapp. Sjekk at du valgte riktig fil.',
  'problem.package.empty': 'Denne filen er tom, så den kan ikke være en {archive}. Sjekk at du valgte riktig fil, eller eksporter historien på nytt.',
  'problem.package.damaged':
    'Denne filen er skadet ({detail}). Den kan ha blitt kuttet av da den ble lastet ned eller kopiert. Last den ned eller kopier den på nytt. Ingenting ble importert.',
  'problem.package.entry-damaged': 'Filen «{entry}» inne i pakken er skadet ({detail}). Last ned eller kopier pakken på nytt. Ingenting ble importert.',
  'problem.package.encrypted': 'Denne zip-filen er låst med passord, og Storyscape kan ikke åpne låste zip-filer. Lag den på nytt uten passord. Ingenting ble importert.',
  'problem.package.compression':
    'Filen «{entry}» er pakket på en måte Storyscape ikke kan lese (metode {method}). Lag zip-filen på nytt med vanlig komprimering, eller eksporter historien fra Storyscape. Ingenting ble importert.',
  'problem.package.too-many-entries':
    'Denne pakken har for mange filer ({count}; en pakke kan ha høyst {max}). Fjern bilder og lyder historien ikke bruker, og eksporter den på nytt. Ingenting ble importert.',
  'problem.package.too-big':
    'Denne pakken er for stor til å åpnes her: utpakket ville den ta mer enn {limit}. Gjør bildene og lydene mindre (eller bruk færre), og eksporter den på nytt. Ingenting ble importert.',
  'problem.package.too-big.far':
    'Denne pakken er for stor til å åpnes her: utpakket ville den ta langt mer enn {limit}. Gjør bildene og lydene mindre (eller bruk færre), og eksporter den på nytt. Ingenting ble importert.',
  'problem.package.zip-bomb':
    'Filen «{entry}» i denne pakken ville blitt langt større enn den skal når den pakkes ut: mer enn {ratio} ganger den pakkede størrelsen. Ekte bilder, lyder og historier gjør aldri det; slike filer lages for å få datamaskiner til å krasje (en «zip-bombe»), så Storyscape sluttet å lese. Ingenting ble importert. Åpne bare pakker fra folk du stoler på.',
  'problem.package.overlapping':
    'Filene i denne zip-filen overlapper hverandre, et triks som brukes for å lage «zip-bomber» som får datamaskiner til å krasje, så Storyscape sluttet å lese. Ingenting ble importert. Åpne bare pakker fra folk du stoler på.',
  'problem.package.unsafe-name':
    'Denne pakken har en fil med et farlig navn: «{entry}» {why}. Slike navn kan brukes til å legge filer der de ikke hører hjemme, så Storyscape avviser hele pakken. Ingenting ble importert. Åpne bare pakker fra folk du stoler på.',
  'problem.package.unexpected-name.package':
    'Denne pakken har en fil Storyscape ikke venter: «{entry}». En historiepakke har bare story.json, manifest.json og en «assets»-mappe med bilder og lyder som er navngitt etter fingeravtrykket sitt. Hvis du laget denne zip-filen selv, eksporter historien fra Storyscape i stedet. Ingenting ble importert.',
  'problem.package.unexpected-name.backup':
    'Denne pakken har en fil Storyscape ikke venter: «{entry}». En Storyscape-sikkerhetskopi har bare manifest.json, en «stories»-mappe og en «assets»-mappe med bilder og lyder som er navngitt etter fingeravtrykket sitt. Hvis du laget denne zip-filen selv, eksporter historien fra Storyscape i stedet. Ingenting ble importert.',
  'problem.package.story-in-folder':
    'Historien ligger i en mappe i denne zip-filen («{entry}»). Storyscape trenger story.json øverst i zip-filen: åpne mappen, merk alt som ligger i den, og lag en zip av det i stedet. Ingenting ble importert.',
  'problem.package.duplicate':
    'Filen «{entry}» ligger to ganger i denne pakken, så Storyscape kan ikke vite hvilken som er riktig. Be den som laget den, om å eksportere den fra Storyscape på nytt. Ingenting ble importert.',
  'problem.package.ignored.one': 'Utelot en fil som datamaskiner legger i zip-filer av seg selv ({names}).',
  'problem.package.ignored.many': 'Utelot {count} filer som datamaskiner legger i zip-filer av seg selv ({names}).',
  'problem.package.story-missing':
    'Denne pakken har ingen historie i seg: filen story.json mangler. Be den som laget den, om å eksportere den fra Storyscape på nytt. Ingenting ble importert.',
  'problem.package.no-stories': 'Denne sikkerhetskopien har ingen historier i seg («stories»-mappen er tom eller mangler). Ingenting ble importert.',
  'problem.package.story-too-big': 'Historien «{entry}» er for stor (mer enn {limit} tekst; bilder og lyder ligger utenfor). Ingenting ble importert.',
  'problem.package.story-not-text': 'Historien ({entry}) er ikke lesbar tekst: den kan være skadet. Prøv originalfilen eller en sikkerhetskopi.',
  'problem.package.manifest-missing':
    'Denne pakken har ingen manifest.json (listen over hva den inneholder), så den ble ikke laget av Storyscape. Den ble sjekket fil for fil i stedet.',
  'problem.package.manifest-unreadable': 'Pakkens innholdsliste (manifest.json) kunne ikke leses ({detail}). Den ble sjekket fil for fil i stedet.',
  'problem.package.manifest-too-big':
    'Pakkens innholdsliste (manifest.json) er altfor stor (mer enn {limit}). Be den som laget den, om å eksportere den fra Storyscape på nytt. Ingenting ble importert.',
  'problem.package.is-backup': 'Dette er en Storyscape-sikkerhetskopi (mange historier), ikke én historie. Bruk «Gjenopprett sikkerhetskopi» for å åpne den. Ingenting ble importert.',
  'problem.package.is-package': 'Dette er én historiepakke, ikke en Storyscape-sikkerhetskopi. Bruk «Importer historie» for å åpne den. Ingenting ble importert.',
  'problem.package.format-unknown': 'Denne zip-filen sier at den er en «{format}», som Storyscape ikke kjenner. Ingenting ble importert.',
  'problem.package.version-future':
    'Denne filen ({archive}) ble laget av en nyere Storyscape (pakkeformat {version}; denne leser opp til format {supported}). Oppdater Storyscape, og åpne den på nytt. Ingenting ble importert.',
  'problem.package.story-changed':
    'Historien ({entry}) ble endret etter at pakken ble laget. Den ble sjekket på nytt og er i orden, men hvis du ikke ventet dette, spør den som sendte den.',
  'problem.package.asset-missing':
    '{^what} mangler i pakken (det skal være filen «{entry}»). Be den som laget den, om å eksportere den fra Storyscape på nytt. Ingenting ble importert.',
  'problem.package.asset-hash-mismatch':
    'Filen til {what} («{entry}») ble endret eller skadet etter at pakken ble laget: innholdet stemmer ikke lenger med fingeravtrykket. Be den som laget den, om å eksportere den fra Storyscape på nytt. Ingenting ble importert.',
  'problem.package.asset-unrecognised':
    '{^what} skal være {declared}, men filen («{entry}») er ikke et bilde eller en lyd Storyscape kjenner. Den kan være skadet, eller være en annen type fil som har fått nytt navn. Bytt den ut med originalen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.asset-kind-mismatch':
    '{^what} er egentlig {actual} («{entry}»), så den kan ikke brukes der den er. Bytt den ut med riktig fil og eksporter på nytt. Ingenting ble importert.',
  'problem.package.video-not-video':
    '{^what} skal være en MP4- eller WebM-video, men filen («{entry}») er ikke det. Den kan være skadet, eller være en annen type fil som har fått nytt navn. Bytt den ut med den opprinnelige videoen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.video-no-picture':
    '{^what} har lyd, men ikke bilde («{entry}»), så den kan ikke være en 360°-video. Bytt den ut med den opprinnelige videoen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.video-hevc':
    '{^what} er en H.265-video (HEVC) («{entry}»), slik noen mobiler og 360°-kameraer lager. De fleste nettlesere kan ikke spille den av. Gjør den om til en MP4-video (H.264), for eksempel med gratisappen HandBrake (forhåndsinnstillingen «Fast 4K»), eller still mobilen til å ta opp «Mest kompatibel» video (iPhone: Innstillinger › Kamera › Formater), legg den inn i historien igjen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.video-format':
    '{^what} er en video nettlesere ikke kan spille av («{entry}»; formatet heter {codec}). Gjør den om til en MP4-video (H.264), for eksempel med gratisappen HandBrake, legg den inn i historien igjen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.image-unsupported':
    '{^what} er et {label}-bilde, som ikke alle nettlesere kan vise. Lagre det som JPEG (eller PNG), legg det inn i historien igjen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.image-too-big':
    '{^what} er for stort ({width} × {height} piksler); det største vi kan vise, er {maxWidth} × {maxHeight} piksler. Gjør det mindre og prøv igjen. Ingenting ble importert.',
  'problem.package.image-unreadable':
    '{^what} er skadet: Storyscape kan ikke lese størrelsen fra det. Bytt det ut med originalen og eksporter på nytt. Ingenting ble importert.',
  'problem.package.mime-fixed': '{^what} var merket som {declared}, men er egentlig {actual}; dette ble rettet.',
  'problem.package.size-fixed': '{^what} var merket som {declared}, men er {actual}; dette ble rettet.',
  'problem.package.pixels-fixed': '{^what} var merket som {declaredWidth} × {declaredHeight} piksler, men er {width} × {height}; dette ble rettet.',
  'problem.package.assets-unused.one': 'Utelot et bilde eller en lyd i pakken som historien ikke bruker.',
  'problem.package.assets-unused.many': 'Utelot {count} bilder eller lyder i pakken som historien ikke bruker.',
  'problem.package.story-duplicate': 'To historier i denne sikkerhetskopien har samme id («{id}»), så den ene ville skrevet over den andre. Ingenting ble importert.',
  'problem.package.unreadable': 'Storyscape kunne ikke lese denne filen ({detail}). Sjekk at den fortsatt finnes og at du har lov til å åpne den, og prøv igjen.',
  'problem.package.aborted': 'Stoppet før slutten, slik du ba om. Ingenting ble importert.',
  'problem.package.crashed': 'Storyscape kunne ikke lese denne pakken ({detail}). Ingenting ble importert. Meld gjerne fra om dette.',
  'problem.package.write.asset-missing': '{^what} finnes ikke i biblioteket ditt, så historien kan ikke eksporteres. Legg filen inn i historien igjen, og eksporter.',
  'problem.package.write.asset-unreadable':
    '{^what} kunne ikke leses ({detail}), så historien kan ikke eksporteres. Prøv igjen; hvis det skjer igjen, legg filen inn i historien på nytt.',
  'problem.package.write.asset-changed':
    '{^what} i biblioteket ditt er endret eller skadet (innholdet stemmer ikke lenger med fingeravtrykket), så historien ble ikke eksportert. Legg filen inn i historien igjen, og eksporter.',
  'problem.package.write.too-big':
    'Dette er for mye til én pakke ({size}; en pakke kan ha høyst {limit}). Gjør bildene og lydene mindre, eller bruk færre, og eksporter på nytt.',
  'problem.package.write.too-many-files':
    'Dette er for mange filer til én pakke ({count}; høyst {max}). Fjern bilder og lyder historiene ikke bruker, og eksporter på nytt.',
  'problem.package.write.story-too-big': 'Historien «{id}» er for stor til å eksporteres (mer enn {limit} tekst).',
  'problem.package.write.story-duplicate': 'To historier har samme id («{id}»), så de kan ikke ligge i samme sikkerhetskopi.',
  'problem.package.write.no-stories': 'Det er ingen historier å legge i sikkerhetskopien.',

  // ---- bringing in tours and stories from other tools ----
  'problem.import.no-files': 'Ingen filer ble valgt.',
  'problem.import.nothing-found':
    'Storyscape fant ingen omvisning eller historie i {names}. Storyscape kan hente inn en Pannellum-omvisning (.json), en eksport fra Marzipano Tool (data.js), en Photo Sphere Viewer-omvisning (.json), en Twine 2-historie (.html) eller en Twee-historie (.twee).',
  'problem.import.nothing-found.more':
    'Storyscape fant ingen omvisning eller historie i {names} eller resten. Storyscape kan hente inn en Pannellum-omvisning (.json), en eksport fra Marzipano Tool (data.js), en Photo Sphere Viewer-omvisning (.json), en Twine 2-historie (.html) eller en Twee-historie (.twee).',
  'problem.import.failed': 'Noe gikk galt da filene ble lest: {detail}',
  'problem.import.twine-empty': 'Twine-filen «{file}» har ingen passasjer.',
  'problem.import.zip-too-big': 'Zip-filen «{file}» er for stor til å hentes inn (mer enn 1 GB eller {max} filer når den pakkes ut).',
  'problem.import.zip-damaged': 'Zip-filen «{file}» er skadet eller er ikke egentlig en zip-fil.',
  'problem.import.too-many-files': 'Det er mer enn {max} filer. Velg bare mappen til omvisningen.',
  'problem.import.file-too-big': '«{file}» er {size} MB. En omvisnings- eller historiefil bør være mye mindre enn 20 MB, så dette er sannsynligvis ikke en slik fil.',
  'problem.import.marzipano-no-scenes': 'Denne Marzipano-filen har ingen liste over scener.',
  'problem.import.marzipano-not-data': 'Dette ser ikke ut som en data.js-fil fra Marzipano Tool: den skal begynne med «var APP_DATA = {».',
  'problem.import.psv-no-places': 'Denne Photo Sphere Viewer-filen har ingen noder (steder).',
  'problem.import.tour-too-big': 'Denne omvisningen har {count} scener; Storyscape kan åpne opptil {max}. Del den opp i mindre omvisninger først.',
  'problem.import.tour-too-many-places': 'Denne omvisningen har {count} steder; Storyscape kan åpne opptil {max}. Del den opp i mindre omvisninger først.',
  'problem.import.twine-too-big': 'Denne historien har mer enn {max} passasjer; Storyscape kan åpne opptil {max}.',
  'problem.import.too-many-scenes': 'Denne har mer enn {max} scener, som er mer enn Storyscape kan åpne. Del den opp i mindre historier først.',
  'problem.import.no-scenes': 'Det er ingen scener i denne filen, så det er ingenting å hente inn.',
  'problem.import.placeholder-broken': 'Plassholderbildet mangler eller er ødelagt.',
  'problem.import.story-broken': 'Den importerte historien ble ikke riktig: {detail}',
  'problem.import.not-plain-data':
    'Denne filen er ikke rene data ({what} på linje {line}). Storyscape leser bare data fra den og kjører aldri kode, så den kan ikke bruke denne filen.',
  'problem.import.code.unfinished-comment': 'en kommentar som ikke er avsluttet',
  'problem.import.code.line-break': 'et linjeskift inne i en tekst',
  'problem.import.code.broken-escape': 'en ødelagt escape-sekvens',
  'problem.import.code.unfinished-text': 'en tekst som ikke er avsluttet',
  'problem.import.code.not-a-name': '«{found}» der det skulle vært et navn',
  'problem.import.code.too-deep': 'for mange nivåer inni hverandre',
  'problem.import.code.getter': 'en getter eller setter',
  'problem.import.code.method': 'en metode eller kortform («{name}»)',
  'problem.import.code.missing-comma': 'et komma som mangler',
  'problem.import.code.template-string': 'en malstreng',
  'problem.import.code.not-a-number': 'et tall som ikke er et ekte tall',
  'problem.import.code.early-end': 'slutten av filen for tidlig',
  'problem.import.code.code': 'kode («{code}»)',
  'problem.import.code.more-code': 'mer kode etter dataene («{code}»)',
};
