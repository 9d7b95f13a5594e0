import fc from 'fast-check';
import { SCHEMA_VERSION, type Story } from '../../../src/story/schema/story.ts';
import type { Asset } from '../../../src/story/schema/asset.ts';
import type { Hotspot } from '../../../src/story/schema/hotspot.ts';
import type { Scene } from '../../../src/story/schema/scene.ts';
import type { Condition, Effect, Variable } from '../../../src/story/schema/variable.ts';

/**
 * fast-check arbitraries for VALID stories in their full (parsed) form: every defaulted field is
 * written out, so loading the serialised story must give back exactly the same value with no
 * repairs. Covers all three hotspot actions, soundscapes (beds, placed sounds, narration with
 * caption tracks), both asset kinds, variables with conditions and effects, several languages.
 */

/** No -0 (JSON cannot carry it) and only finite numbers. */
const noNegZero = (v: number) => (v === 0 ? 0 : v);
export const finite = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegZero);
const yaw = finite(-180, 180).filter((v) => v > -180);
const pitch = finite(-90, 90);
const unit = finite(0, 1);

const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const shortText = fc.string({ unit: 'grapheme', maxLength: 24 });
const idPart = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/);

const LANGS = ['en', 'nb', 'nn', 'se', 'ar', 'pt-BR', 'uk'] as const;

const localized = (languages: readonly string[]) =>
  fc.tuple(...languages.map(() => shortText)).map((texts) => Object.fromEntries(languages.map((l, i) => [l, texts[i]!])));

const variableValue = fc.oneof(fc.boolean(), finite(-1e6, 1e6), fc.string({ maxLength: 20 }));

function assetsArb(languages: readonly string[]) {
  const credit = fc.record(
    { author: fc.string({ maxLength: 30 }), source: fc.string({ maxLength: 30 }), licence: fc.constantFrom('CC0-1.0', 'CC-BY-4.0', 'own work') },
    { requiredKeys: [] },
  );
  const consent = fc.record(
    {
      peopleRecognisable: fc.constantFrom('no', 'yes', 'unknown'),
      consentRecorded: fc.boolean(),
      note: fc.string({ maxLength: 30 }),
    },
    { requiredKeys: ['peopleRecognisable', 'consentRecorded'] },
  );
  const base = {
    mime: fc.constantFrom('image/jpeg', 'image/webp', 'audio/mpeg', 'audio/ogg'),
    bytes: fc.nat(),
    name: fc.string({ maxLength: 30 }),
    credit,
    consent,
  };
  const image = fc.record(
    {
      ...base,
      kind: fc.constant('image' as const),
      width: fc.integer({ min: 1, max: 16384 }),
      height: fc.integer({ min: 1, max: 8192 }),
      alt: localized(languages),
      placeholder: fc.boolean(),
    },
    { requiredKeys: ['mime', 'bytes', 'name', 'credit', 'consent', 'kind', 'width', 'height', 'alt'] },
  );
  const audio = fc.record({
    ...base,
    kind: fc.constant('audio' as const),
    duration: finite(0, 3600),
    transcript: localized(languages),
  });
  return fc
    .tuple(fc.array(image, { minLength: 1, maxLength: 3 }), fc.array(audio, { minLength: 1, maxLength: 3 }))
    .chain(([images, audios]) =>
      fc.uniqueArray(hex64, { minLength: images.length + audios.length, maxLength: images.length + audios.length }).map((ids) => {
        const imgs = images.map((a, i) => ({ ...a, id: ids[i]! }));
        const auds = audios.map((a, i) => ({ ...a, id: ids[images.length + i]! }));
        return { images: imgs, audios: auds, all: [...imgs, ...auds] as Asset[] };
      }),
    );
}

export function storyArb(): fc.Arbitrary<Story> {
  return fc
    .record({
      languages: fc.uniqueArray(fc.constantFrom(...LANGS), { minLength: 1, maxLength: 3 }),
      sceneIds: fc.uniqueArray(idPart, { minLength: 1, maxLength: 5 }),
      variableIds: fc.uniqueArray(idPart, { maxLength: 3 }),
      storyId: idPart,
    })
    .chain(({ languages, sceneIds, variableIds, storyId }) => {
      const text = localized(languages);
      const variables = fc.tuple(
        ...variableIds.map((id) =>
          fc.record({ id: fc.constant(id), name: fc.string({ minLength: 1, maxLength: 20 }), initial: variableValue }),
        ),
      ) as fc.Arbitrary<Variable[]>;
      return fc.record({ assets: assetsArb(languages), variables }).chain(({ assets, variables }) => {
        const imageId = fc.constantFrom(...assets.images.map((a) => a.id));
        const audioId = fc.constantFrom(...assets.audios.map((a) => a.id));
        const sceneRef = fc.constantFrom(...sceneIds);
        const ops = ['eq', 'ne', 'gt', 'gte', 'lt', 'lte'] as const;
        const varRef = variableIds.length > 0 ? fc.constantFrom(...variableIds) : null;
        const condition: fc.Arbitrary<Condition> | null = varRef
          ? fc.record({ variable: varRef, op: fc.constantFrom(...ops), value: variableValue })
          : null;
        const effect: fc.Arbitrary<Effect> | null = varRef
          ? fc.oneof(
              fc.record({ variable: varRef, op: fc.constant('set' as const), value: variableValue }),
              fc.record({ variable: varRef, op: fc.constant('add' as const), value: finite(-100, 100) }),
              fc.record({ variable: varRef, op: fc.constant('toggle' as const) }),
            )
          : null;
        const action = fc.oneof(
          fc.record({ type: fc.constant('goto' as const), sceneId: sceneRef }),
          fc.record(
            {
              type: fc.constant('info' as const),
              title: text,
              text,
              image: imageId,
              link: fc.record(
                { url: fc.constantFrom('https://example.org/a', 'mailto:a@example.org', 'http://x.example/'), label: text },
                { requiredKeys: ['url'] },
              ),
            },
            { requiredKeys: ['type', 'text'] },
          ),
          fc.record({ type: fc.constant('sound' as const), asset: audioId, volume: unit }),
        );
        const hotspot = (id: string): fc.Arbitrary<Hotspot> =>
          fc.record(
            {
              id: fc.constant(id),
              yaw,
              pitch,
              label: text,
              action,
              style: fc.record({
                icon: fc.constantFrom('auto', 'arrow', 'door', 'info', 'sound', 'star', 'question'),
                size: finite(0.5, 3),
              }),
              ...(condition ? { conditions: fc.array(condition, { maxLength: 3 }) } : {}),
              ...(effect ? { effects: fc.array(effect, { maxLength: 3 }) } : {}),
            },
            { requiredKeys: ['id', 'yaw', 'pitch', 'label', 'action'] },
          ) as fc.Arbitrary<Hotspot>;
        const cue = fc
          .record({ start: finite(0, 600), length: finite(0.01, 30), text: fc.string({ maxLength: 40 }) })
          .map(({ start, length, text }) => ({ start, end: start + length, text }));
        const narration = fc.record({
          recordings: fc.uniqueArray(fc.constantFrom(...languages), { minLength: 1 }).chain((ls) =>
            fc.tuple(...ls.map(() => audioId)).map((ids) => Object.fromEntries(ls.map((l, i) => [l, ids[i]!]))),
          ),
          captions: fc.uniqueArray(fc.constantFrom(...languages)).chain((ls) =>
            fc.tuple(...ls.map(() => fc.array(cue, { maxLength: 3 }))).map((tracks) => Object.fromEntries(ls.map((l, i) => [l, tracks[i]!]))),
          ),
          autoplay: fc.boolean(),
        });
        const scene = (id: string): fc.Arbitrary<Scene> =>
          fc
            .record(
              {
                title: text,
                description: text,
                panorama: fc.option(imageId, { nil: null }),
                view: fc.record({ yaw, pitch, fov: finite(30, 110) }),
                northOffset: yaw,
                nHotspots: fc.nat({ max: 4 }),
                nBeds: fc.nat({ max: 2 }),
                nSources: fc.nat({ max: 2 }),
                narration,
                ending: fc.record({ text }),
                map: fc.record({ x: finite(-1e5, 1e5), y: finite(-1e5, 1e5) }),
              },
              { requiredKeys: ['title', 'panorama', 'view', 'northOffset', 'nHotspots', 'nBeds', 'nSources'] },
            )
            .chain(({ nHotspots, nBeds, nSources, narration: n, ...rest }) =>
              fc
                .record({
                  hotspots: fc.tuple(...Array.from({ length: nHotspots }, (_, j) => hotspot(`${id}_h${j}`))),
                  beds: fc.tuple(
                    ...Array.from({ length: nBeds }, (_, k) =>
                      fc.record({ id: fc.constant(`${id}_b${k}`), asset: audioId, volume: unit }),
                    ),
                  ),
                  sources: fc.tuple(
                    ...Array.from({ length: nSources }, (_, k) =>
                      fc.record({
                        id: fc.constant(`${id}_s${k}`),
                        asset: audioId,
                        yaw,
                        pitch,
                        distance: finite(1, 100),
                        volume: unit,
                        loop: fc.boolean(),
                      }),
                    ),
                  ),
                })
                .map(({ hotspots, beds, sources }) => ({
                  id,
                  ...rest,
                  soundscape: { beds, sources, ...(n ? { narration: n } : {}) },
                  hotspots,
                })),
            ) as fc.Arbitrary<Scene>;
        return fc
          .record({
            scenes: fc.tuple(...sceneIds.map(scene)),
            meta: fc.record(
              {
                title: text,
                description: text,
                authors: fc.array(
                  fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), role: fc.string({ maxLength: 10 }) }, { requiredKeys: ['name'] }),
                  { maxLength: 2 },
                ),
                licence: fc.constantFrom('CC-BY-4.0', 'CC0-1.0'),
                credits: text,
                createdAt: fc.constant('2026-01-02T03:04:05.000Z'),
              },
              { requiredKeys: ['title', 'authors', 'licence'] },
            ),
          })
          .map(({ scenes, meta }) => ({
            schemaVersion: SCHEMA_VERSION,
            id: storyId,
            meta: { ...meta, languages: [...languages], defaultLanguage: languages[0]! },
            startSceneId: sceneIds[0]!,
            scenes,
            assets: assets.all,
            variables,
          }));
      });
    });
}
