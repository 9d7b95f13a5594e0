import { Fragment } from 'react';
import { safeHref } from '../links.ts';
import { ui, uiDirection } from '../../i18n/player.ts';

/**
 * Story text as paragraphs: blank lines split paragraphs, single line breaks stay. Always React
 * text nodes, never HTML, so "<b>" shows as "<b>".
 */
export function StoryText({
  text,
  lang,
  dir,
  className,
}: {
  text: string;
  lang?: string;
  /** The text's direction; by default the one its language is written in. */
  dir?: 'ltr' | 'rtl';
  className?: string;
}) {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return (
    <div className={className} lang={lang} dir={dir ?? (lang ? uiDirection(lang) : undefined)}>
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.split('\n').map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </div>
  );
}

/** A link the story gives: opened in a new tab only for http(s) and mailto; anything else is plain text. */
export function StoryLink({ url, label }: { url: string; label: string }) {
  const href = safeHref(url);
  if (!href) {
    return (
      <p className="ssp-link-plain">
        {ui('player.linkNotOpened')} <span className="ssp-code">{label && label !== url ? `${label} – ${url}` : url}</span>
      </p>
    );
  }
  return (
    <p>
      <a className="ssp-link" href={href} target="_blank" rel="noopener noreferrer">
        {label || url}
        <span className="ssp-vh"> {ui('player.linkOpens')}</span>
      </a>
    </p>
  );
}
