import { useEffect, useState } from 'react';
import { getUiLanguage, t } from '../../i18n/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { localize } from '../../story/text.ts';
import { navigate } from '../router.ts';
import { formatBytes } from '../../storage/persistence.ts';
import { StorageError } from '../../storage/errors.ts';
import { useRepository } from '../../storage/context.ts';
import type { Story } from '../../story/schema/story.ts';
import { Progress } from '../../ui/Modal.tsx';
import { Markdown, webLinksOnly, type LinkTarget } from '../workshops/Markdown.tsx';
import { kitDoc, kitDocForLink, kitRoute } from '../workshops/docs.ts';
import { routePath } from '../router.ts';
import { TEMPLATES, loadTemplateGuide, loadTemplateStory, templatePicture, type TemplateEntry } from './catalogue.ts';
import { TemplateError, createFromTemplate, type TemplateProgress } from './create.ts';
import { TemplateCard } from './TemplateCard.tsx';
import '../../ui/ui.css';
import '../workshops/kit.css';
import './templates.css';

type Step =
  | { name: 'list'; error?: string }
  | { name: 'guide'; entry: TemplateEntry }
  | { name: 'creating'; entry: TemplateEntry; progress: TemplateProgress };

export const templateTitle = (entry: TemplateEntry) => localize(entry.title, getUiLanguage(), 'en');

/**
 * "New from a template": a card per workshop template (picture, title, description, scenes,
 * languages, whether it needs the group's own photos), its guide, and "Use this template", which
 * makes a new story in the library and opens it in the editor.
 */
export default function TemplatesDialog({ onClose }: { onClose(): void }) {
  const repo = useRepository();
  const [step, setStep] = useState<Step>({ name: 'list' });
  const stories = useTemplateStories();

  const use = async (entry: TemplateEntry) => {
    setStep({ name: 'creating', entry, progress: { done: 0, total: 0 } });
    try {
      const listing = await createFromTemplate(repo, entry, (progress) => setStep({ name: 'creating', entry, progress }));
      onClose();
      navigate({ name: 'edit', storyId: listing.id });
    } catch (e) {
      const reason = e instanceof TemplateError ? e.message : e instanceof StorageError ? t(`storage.error.${e.kind}` as 'storage.error.failed') : t('templates.error.failed');
      setStep({ name: 'list', error: t('templates.couldNot', { title: templateTitle(entry), reason }) });
    }
  };

  const busy = step.name === 'creating';
  const actions =
    step.name === 'guide' ? (
      <>
        <button type="button" className="button" onClick={() => setStep({ name: 'list' })}>
          {t('templates.backToList')}
        </button>
        <button type="button" className="button primary" data-autofocus onClick={() => void use(step.entry)}>
          {t('templates.use')}
        </button>
      </>
    ) : undefined;

  return (
    <Dialog
      open
      onClose={() => !busy && onClose()}
      title={step.name === 'guide' ? t('templates.guideTitle', { title: templateTitle(step.entry) }) : t('templates.title')}
      closeLabel={t('templates.close')}
      className="templates-dialog"
      actions={actions}
    >
      {step.name === 'list' && (
        <>
          <p>{t('templates.intro')}</p>
          {step.error && (
            <p className="templates-error" role="alert">
              {step.error}
            </p>
          )}
          <ul className="template-grid">
            {TEMPLATES.map((entry) => {
              const story = stories[entry.id];
              return (
                <TemplateCard
                  key={entry.id}
                  entry={entry}
                  title={templateTitle(entry)}
                  picture={story ? templatePicture(entry, story) : undefined}
                  onGuide={() => setStep({ name: 'guide', entry })}
                  onUse={() => void use(entry)}
                />
              );
            })}
          </ul>
        </>
      )}
      {step.name === 'guide' && <Guide entry={step.entry} />}
      {step.name === 'creating' && (
        <div className="templates-creating" role="status">
          <Progress
            label={t('templates.creating', { title: templateTitle(step.entry) })}
            done={step.progress.done}
            total={step.progress.total}
          />
          {step.progress.total > 0 && (
            <p className="hint">
              {formatBytes(step.progress.done, getUiLanguage())} / {formatBytes(step.progress.total, getUiLanguage())}
            </p>
          )}
        </div>
      )}
    </Dialog>
  );
}

/** Every template's story document (for the start scene's picture), loaded when the dialog opens. */
function useTemplateStories(): Record<string, Story> {
  const [stories, setStories] = useState<Record<string, Story>>({});
  useEffect(() => {
    let live = true;
    for (const entry of TEMPLATES) {
      loadTemplateStory(entry).then(
        (story) => live && setStories((s) => ({ ...s, [entry.id]: story })),
        () => {}, // the card shows without a picture; "Use this template" reports the problem
      );
    }
    return () => {
      live = false;
    };
  }, []);
  return stories;
}

function Guide({ entry }: { entry: TemplateEntry }) {
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadTemplateGuide(entry).then(
      (s) => live && setText(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [entry]);
  const from = kitDoc(`template-${entry.id}`);
  const resolveLink = (href: string): LinkTarget => {
    const target = from && kitDocForLink(from, href);
    if (!target) return webLinksOnly(href);
    const route = kitRoute(target);
    return { kind: 'app', path: routePath(route), onOpen: () => navigate(route) };
  };
  if (failed) return <p role="alert">{t('kit.loadFailed')}</p>;
  if (text === null) return <p role="status">{t('kit.loading')}</p>;
  return (
    <article className="kit-doc template-guide" lang="en">
      <Markdown source={text} resolveLink={resolveLink} />
    </article>
  );
}
