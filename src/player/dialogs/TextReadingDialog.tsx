import { useId, type MouseEvent } from 'react';
import type { Hotspot, QuestionAction, Scene, Story } from '../../story/schema/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { readingOrder } from './readingOrder.ts';
import { StoryLink, StoryText } from './StoryText.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

interface Props {
  open: boolean;
  story: Story;
  t: (text: Record<string, string> | undefined) => string;
  lang: string;
  onClose(): void;
}

/**
 * The whole story as text, for screen-reader users and anyone who prefers reading: every scene
 * from the start with its description, narration words, choices (links to where they lead),
 * info texts and endings.
 */
export function TextReadingDialog({ open, story, t, lang, onClose }: Props) {
  const prefix = useId();
  const { reached, unreached } = readingOrder(story);
  const anchor = (sceneId: string) => `${prefix}-scene-${sceneId}`;
  const props = { story, t, lang, anchor };
  return (
    <Dialog open={open} onClose={onClose} title={ui('player.textReadingTitle')} closeLabel={ui('player.close')} className="ssp-reading">
      <p className="ssp-muted">{ui('player.textReadingIntro')}</p>
      <div lang={lang} dir={uiDirection(lang)}>
        {reached.map((s, i) => (
          <SceneText key={s.id} scene={s} first={i === 0} {...props} />
        ))}
      </div>
      {unreached.length > 0 && (
        <>
          <h3 className="ssp-reading-sep">{ui('player.unreachable')}</h3>
          <div lang={lang} dir={uiDirection(lang)}>
            {unreached.map((s) => (
              <SceneText key={s.id} scene={s} first={false} {...props} />
            ))}
          </div>
        </>
      )}
    </Dialog>
  );
}

interface SceneProps {
  scene: Scene;
  first: boolean;
  story: Story;
  t: Props['t'];
  lang: string;
  anchor(sceneId: string): string;
}

function SceneText({ scene, first, story, t, lang, anchor }: SceneProps) {
  const pano = story.assets.find((a) => a.id === scene.panorama);
  const description = t(scene.description) || (pano?.kind === 'image' ? t(pano.alt) : '');
  const words = narrationWords(scene, story, t, lang);
  return (
    <section className="ssp-reading-scene" aria-labelledby={anchor(scene.id)}>
      <h3 id={anchor(scene.id)} tabIndex={-1}>
        {t(scene.title) || scene.id}
        {first && <span className="ssp-tag">{ui('player.startHere')}</span>}
      </h3>
      {description && <StoryText text={description} className="ssp-prose" />}
      {words && (
        <>
          <h4>{ui('player.narration')}</h4>
          <StoryText text={words} className="ssp-prose ssp-quote" />
        </>
      )}
      {scene.hotspots.length > 0 && (
        <ul className="ssp-reading-choices">
          {scene.hotspots.map((h) => (
            <li key={h.id}>
              <ChoiceText hotspot={h} story={story} t={t} anchor={anchor} />
              {h.conditions && h.conditions.length > 0 && <span className="ssp-muted"> ({ui('player.onlySometimes')})</span>}
            </li>
          ))}
        </ul>
      )}
      {scene.ending && (
        <div className="ssp-reading-ending">
          <h4>{ui('player.ending')}</h4>
          <StoryText text={t(scene.ending.text) || ui('player.theEnd')} className="ssp-prose" />
        </div>
      )}
    </section>
  );
}

function ChoiceText({ hotspot, story, t, anchor }: { hotspot: Hotspot; story: Story; t: Props['t']; anchor: SceneProps['anchor'] }) {
  const label = t(hotspot.label) || ui(`player.kindLong.${hotspot.action.type}` as const);
  const a = hotspot.action;
  if (a.type === 'goto') {
    const target = story.scenes.find((s) => s.id === a.sceneId);
    const jump = (e: MouseEvent) => {
      e.preventDefault();
      const heading = document.getElementById(anchor(a.sceneId));
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start' });
    };
    return target ? (
      <a href={`#${anchor(a.sceneId)}`} onClick={jump}>
        {label}
        <span className="ssp-muted"> – {ui('player.leadsTo', { title: t(target.title) || target.id })}</span>
      </a>
    ) : (
      <span>{label}</span>
    );
  }
  if (a.type === 'info') {
    return (
      <>
        <strong>{label}</strong>
        {a.title && t(a.title) !== label && <span> – {t(a.title)}</span>}
        <StoryText text={t(a.text)} className="ssp-prose" />
        {a.link && <StoryLink url={a.link.url} label={t(a.link.label)} />}
      </>
    );
  }
  if (a.type === 'question') return <QuestionText label={label} action={a} t={t} />;
  const sound = story.assets.find((x) => x.id === a.asset);
  const transcript = sound?.kind === 'audio' ? t(sound.transcript) : '';
  return (
    <>
      <strong>{label}</strong> <span className="ssp-muted">({ui('player.kind.sound')})</span>
      {transcript && <StoryText text={transcript} className="ssp-prose ssp-quote" />}
    </>
  );
}

/** The narration's words: the caption track in the reader's language (else the default, else any), else the recording's transcript. */
function narrationWords(scene: Scene, story: Story, t: Props['t'], lang: string): string {
  const n = scene.soundscape.narration;
  if (!n) return '';
  const def = story.meta.defaultLanguage;
  const track = [n.captions[lang], n.captions[def], ...Object.values(n.captions)].find((c) => c && c.length > 0);
  if (track) return track.map((c) => c.text).filter(Boolean).join('\n');
  const rec = n.recordings[lang] ?? n.recordings[def] ?? Object.values(n.recordings)[0];
  const asset = story.assets.find((x) => x.id === rec);
  return asset?.kind === 'audio' ? t(asset.transcript) : '';
}

/** A question as text: its prompt and answers (which is right is not given away). */
function QuestionText({ label, action, t }: { label: string; action: QuestionAction; t: Props['t'] }) {
  return (
    <>
      <strong>{label}</strong> <span className="ssp-muted">({ui('player.kind.question')})</span>
      <StoryText text={t(action.prompt)} className="ssp-prose" />
      <ul>
        {action.answers.map((x, i) => (
          <li key={x.id}>{t(x.text) || ui('player.answerNumber', { n: i + 1 })}</li>
        ))}
      </ul>
    </>
  );
}
