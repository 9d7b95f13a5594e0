import { useEffect, useState } from 'react';
import { getUiLanguage, t } from '../../i18n/index.ts';
import { localize } from '../../story/text.ts';
import { navigate, routePath } from '../router.ts';
import { Icon } from '../../editor/icons.tsx';
import { KIT_DOCS, kitDoc, kitRoute, kitDocForLink, loadKitDoc, type KitDoc, type KitGroup } from './docs.ts';
import { Markdown, webLinksOnly, type LinkTarget } from './Markdown.tsx';
import './kit.css';

const GROUPS: Array<{ group: KitGroup; heading: 'kit.group.facilitators' | 'kit.group.handouts' | 'kit.group.templates' }> = [
  { group: 'facilitators', heading: 'kit.group.facilitators' },
  { group: 'handouts', heading: 'kit.group.handouts' },
  { group: 'templates', heading: 'kit.group.templates' },
];

export function kitDocLabel(doc: KitDoc): string {
  return typeof doc.label === 'string' ? t(doc.label) : localize(doc.label, getUiLanguage(), 'en');
}


/**
 * The workshop kit in the app (/workshops): the facilitator guide, safeguarding and consent,
 * accessibility, troubleshooting, the handouts and the template guides, rendered from workshops/*.md,
 * each with a Print button. The print stylesheet leaves only the page itself, black on white.
 */
export default function KitPage({ slug }: { slug?: string }) {
  const doc = kitDoc(slug);
  const label = doc ? kitDocLabel(doc) : '';
  useEffect(() => {
    const before = document.title;
    document.title = doc ? `${label} · ${t('kit.title')}` : t('kit.title');
    return () => {
      document.title = before;
    };
  }, [doc, label]);

  return (
    <div className="kit">
      <header className="kit-chrome kit-header">
        <button type="button" className="button quiet" onClick={() => navigate({ name: 'library' })}>
          <Icon name="back" /> {t('editor.back')}
        </button>
        <div>
          <h1>{t('kit.title')}</h1>
          <p className="hint">{t('kit.intro')}</p>
        </div>
      </header>
      <div className="kit-layout">
        <nav className="kit-chrome kit-nav" aria-label={t('kit.pages')}>
          {GROUPS.map(({ group, heading }) => (
            <section key={group}>
              <h2>{t(heading)}</h2>
              <ul>
                {KIT_DOCS.filter((d) => d.group === group).map((d) => (
                  <li key={d.slug}>
                    <a
                      href={routePath(kitRoute(d))}
                      aria-current={d === doc ? 'page' : undefined}
                      onClick={(e) => {
                        e.preventDefault();
                        navigate(kitRoute(d));
                      }}
                    >
                      {d.sheet && <Icon name="edit" />} {kitDocLabel(d)}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </nav>
        <main id="content" className="kit-main">
          {doc ? <KitDocView key={doc.slug} doc={doc} label={label} /> : <p role="alert">{t('kit.notFound')}</p>}
        </main>
      </div>
    </div>
  );
}

function KitDocView({ doc, label }: { doc: KitDoc; label: string }) {
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadKitDoc(doc).then(
      (s) => live && setText(s),
      () => live && setFailed(true),
    );
    window.scrollTo(0, 0);
    return () => {
      live = false;
    };
  }, [doc]);

  const resolveLink = (href: string): LinkTarget => {
    const target = kitDocForLink(doc, href);
    if (target) return { kind: 'app', path: routePath(kitRoute(target)), onOpen: () => navigate(kitRoute(target)) };
    return webLinksOnly(href);
  };

  return (
    <>
      <div className="kit-chrome kit-toolbar">
        <p className="kit-current">{label}</p>
        <button type="button" className="button primary" disabled={text === null} onClick={() => window.print()}>
          <PrintIcon /> {t('kit.print')}
        </button>
      </div>
      {getUiLanguage() !== 'en' && <p className="kit-chrome hint kit-english">{t('kit.inEnglish')}</p>}
      {failed && <p role="alert">{t('kit.loadFailed')}</p>}
      {!failed && text === null && <p role="status">{t('kit.loading')}</p>}
      {text !== null && (
        <article className={`kit-doc${doc.sheet ? ' sheet' : ''}`} lang="en">
          <Markdown source={text} resolveLink={resolveLink} />
        </article>
      )}
    </>
  );
}

function PrintIcon() {
  return (
    <svg className="icon" width="1.15em" height="1.15em" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" />
    </svg>
  );
}
