import { describe, expect, it } from 'vitest';
import { gotos, importOk, infos, real, scene, textFile } from './helpers.ts';
import { sha256Hex } from '../../../src/story/hash.ts';
import { reportText } from '../../../src/story/io/importers/report.ts';

const tour = (scenes: Record<string, unknown>, extra: Record<string, unknown> = {}) => textFile('tour/tour.json', JSON.stringify({ default: { firstScene: Object.keys(scenes)[0], ...extra }, scenes }));
const photo = real('pannellum/examplepano.jpg').bytes;

describe('Pannellum info cards, pictures and links', () => {
  it('turns an HTML card into a heading, paragraphs and a short label, not the whole card twice', () => {
    const card = '<h2>The Great Hall</h2><p>Built in <b>1887</b> for the city&rsquo;s library.</p><p>It holds 40&nbsp;000 books.</p><ul><li>Open daily</li><li>Free</li></ul><script>alert(1)</script>';
    const [r] = importOk([tour({ hall: { title: 'Hall', panorama: 'hall.jpg', hotSpots: [{ type: 'info', yaw: 10, pitch: 5, text: card }] } })]);
    const [info] = infos(r!, 'hall');
    expect(info!.label.en).toBe('The Great Hall');
    expect(info!.action).toMatchObject({ type: 'info', title: { en: 'The Great Hall' }, text: { en: 'Built in 1887 for the city’s library.\n\nIt holds 40 000 books.\n\n• Open daily\n\n• Free' } });
    expect(JSON.stringify(r!.story)).not.toMatch(/<|alert/);
    expect(reportText(r!)).toMatch(/“The Great Hall” had formatting \(HTML\)/);
  });

  it('gives a long card without a heading its first sentence as the label', () => {
    const text = 'The pond was dug by hand in 1902 by the people of the village. Later it became a park.';
    const [r] = importOk([tour({ a: { panorama: 'a.jpg', hotSpots: [{ type: 'info', text }] } })]);
    const [info] = infos(r!, 'a');
    expect(info!.label.en).toBe('The pond was dug by hand in 1902 by the people of the…');
    expect(info!.action).toMatchObject({ text: { en: text } });
  });

  it('keeps a picture-only card’s picture when its file was chosen, and says so when it was not', () => {
    const card = '<img src="img/map.jpg" alt="Map of the park">';
    const spots = [{ type: 'info', yaw: 1, text: card }, { type: 'info', yaw: 2, text: '<img src="img/gone.jpg">' }];
    const [r] = importOk([tour({ a: { panorama: 'a.jpg', hotSpots: spots } }), { path: 'tour/img/map.jpg', bytes: photo }]);
    const [withPicture, without] = infos(r!, 'a');
    expect(withPicture!.action).toMatchObject({ type: 'info', image: sha256Hex(photo) });
    expect(withPicture!.label.en).toBe('Map of the park');
    expect(without!.action.type === 'info' && without!.action.image).toBeFalsy();
    expect(r!.report.notes.find((n) => n.code === 'pannellum.info-picture-missing')).toMatchObject({ kind: 'dropped', params: { picture: 'gone.jpg' }, scene: 'a' });
  });

  it('matches panoramas given as web addresses to the chosen files by name', () => {
    const [r] = importOk([tour({ a: { title: 'Pond', panorama: 'https://example.org/pics/examplepano.jpg?v=2' } }), real('pannellum/examplepano.jpg', 'photos/examplepano.jpg')]);
    expect(scene(r!, 'a').panorama).toBe(sha256Hex(photo));
    expect(r!.report.notes.find((n) => n.code === 'pannellum.picture-by-name')).toMatchObject({ kind: 'info', scene: 'Pond' });
  });

  it('gives a link without words its target scene’s title, and keeps the tour’s own words as the author’s', () => {
    const [r] = importOk([
      tour({
        a: { title: 'Hall', panorama: 'a.jpg', hotSpots: [{ type: 'scene', sceneId: 'b', text: '' }, { type: 'scene', sceneId: 'b', text: 'Go <i>up</i>' }] },
        b: { title: 'Tower', panorama: 'b.jpg' },
      }),
    ]);
    expect(gotos(r!, 'a').map((l) => l.label)).toEqual(['Tower', 'Go up']);
    expect(scene(r!, 'a').hotspots.map((h) => h.ownLabel)).toEqual([undefined, true]);
    expect(reportText(r!)).toMatch(/A link had no words, so it shows the name of the scene it leads to/);
  });

  it('drops a javascript: link with a note, so the story it writes passes the checks', () => {
    const [r] = importOk([tour({ a: { panorama: 'a.jpg', hotSpots: [{ type: 'info', text: 'Click', URL: 'javascript:alert(1)' }, { type: 'info', text: 'Site', URL: 'https://pannellum.org/' }] } })]);
    const [bad, good] = infos(r!, 'a');
    expect(bad!.action.type === 'info' && bad!.action.link).toBeFalsy();
    expect(good!.action).toMatchObject({ link: { url: 'https://pannellum.org/' } });
    expect(r!.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r!.report.notes.find((n) => n.code === 'link.unsafe')).toMatchObject({ kind: 'dropped', params: { label: 'Click', scheme: 'javascript' } });
  });

  it('takes title and language from the tour (or its page), leaves the licence to the author, and clamps with a note', () => {
    const page = textFile('tour/index.html', '<!doctype html><html lang="nb"><head><title>Bymuseet – omvisning</title></head><body></body></html>');
    const [r] = importOk([tour({ a: { panorama: 'a.jpg', pitch: 120, hfov: 10, hotSpots: [{ type: 'scene', sceneId: 'a', pitch: -95 }] } }), page]);
    expect(r!.story.meta).toMatchObject({ title: { nb: 'Bymuseet – omvisning' }, languages: ['nb'], defaultLanguage: 'nb', licence: '' });
    expect(r!.report.language).toEqual({ tag: 'nb', from: 'source' });
    expect(scene(r!, 'a').view).toMatchObject({ pitch: 90, fov: 30 });
    const codes = r!.report.notes.map((n) => n.code);
    expect(codes).toEqual(expect.arrayContaining(['range.pitch', 'range.fov', 'licence.unknown', 'language.from-source']));
    expect(reportText(r!)).toMatch(/2 directions pointed further up or down/);
  });

  it('marks the story in the language the person chose, over what the file says', () => {
    const [r] = importOk([tour({ a: { title: 'Hall', panorama: 'a.jpg' } }, { title: 'Museum' })], { language: 'de' });
    expect(r!.story.meta).toMatchObject({ title: { de: 'Museum' }, defaultLanguage: 'de' });
    expect(r!.report.language).toEqual({ tag: 'de', from: 'person' });
    const [assumed] = importOk([tour({ a: { title: 'Hall', panorama: 'a.jpg' } })]);
    expect(assumed!.story.meta.title).toEqual({ en: 'Hall' });
    expect(assumed!.report.language).toEqual({ tag: 'en', from: 'assumed' });
  });
});
