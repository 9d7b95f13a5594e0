import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Where a link in a document goes: a page of the app (shown without leaving it), a web address
 * (opened in a new tab, printed with its address), or nowhere (its words are shown as plain text).
 */
export type LinkTarget = { kind: 'app'; path: string; onOpen(): void } | { kind: 'web'; href: string } | null;

export interface MarkdownProps {
  source: string;
  /** Resolves a link's href as written in the Markdown file. */
  resolveLink(href: string): LinkTarget;
}

const WEB = /^(https?:|mailto:)/i;

/** The default link policy: web and mail links only; everything else shows as plain text. */
export function webLinksOnly(href: string): LinkTarget {
  return WEB.test(href) ? { kind: 'web', href } : null;
}

/** A few named entities marked leaves in text as written (React escapes everything itself). */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, n: string) => ENTITIES[n]!);

/** Box drawings (storyboard boxes, hotspot cards) in a code block: printed as sheets to write on. */
const BOX = /[┌┐└┘│─]/;

/**
 * Renders Markdown as React elements, from marked's tokens. No HTML string is ever put into the page:
 * raw HTML in a file shows as its text, images show as their description (nothing loads from the web).
 */
export function Markdown({ source, resolveLink }: MarkdownProps) {
  const tokens = new Lexer({ gfm: true }).lex(source);
  return <>{blocks(tokens, resolveLink)}</>;
}

function blocks(tokens: Token[], link: MarkdownProps['resolveLink']): ReactNode[] {
  return tokens.map((token, i) => <Fragment key={i}>{block(token, link)}</Fragment>);
}

function block(token: Token, link: MarkdownProps['resolveLink']): ReactNode {
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'heading': {
      const H = `h${Math.min(6, Math.max(1, (t as Tokens.Heading).depth))}` as 'h1';
      return <H>{inline(t.tokens ?? [], link)}</H>;
    }
    case 'paragraph':
      return <p>{inline(t.tokens ?? [], link)}</p>;
    case 'blockquote':
      return <blockquote>{blocks(t.tokens ?? [], link)}</blockquote>;
    case 'hr':
      return <hr />;
    case 'code':
      return codeBlock((t as Tokens.Code).text);
    case 'list':
      return list(t as Tokens.List, link);
    case 'table':
      return table(t as Tokens.Table, link);
    case 'space':
    case 'def':
      return null;
    case 'html':
      return <p>{t.text as string}</p>;
    case 'text':
      return t.tokens ? inline(t.tokens, link) : decode(t.text as string);
    default:
      return inline([token], link);
  }
}

function codeBlock(text: string): ReactNode {
  if (!BOX.test(text)) return <pre><code>{text}</code></pre>;
  // One sheet per group of boxes (separated by a blank line), so a printed page never cuts a box in two.
  const groups = text.split(/\n[ \t]*\n/).filter((g) => g.trim());
  return (
    <div className="md-sheets">
      {groups.map((g, i) => (
        <pre key={i} className="md-sheet" style={{ '--cols': Math.max(...g.split('\n').map((line) => line.trimEnd().length)) } as CSSProperties}>
          {g}
        </pre>
      ))}
    </div>
  );
}

function list(l: Tokens.List, link: MarkdownProps['resolveLink']): ReactNode {
  const items = l.items.map((item, i) => {
    const tokens = item.tokens.filter((tok) => tok.type !== 'checkbox');
    const body = item.loose ? blocks(tokens, link) : tokens.map((tok, j) => <Fragment key={j}>{block(tok, link)}</Fragment>);
    return (
      <li key={i} className={item.task ? 'md-task' : undefined}>
        {item.task && checkbox(item.checked === true)}
        {item.task ? <span className="md-task-text">{body}</span> : body}
      </li>
    );
  });
  if (l.ordered) return <ol start={typeof l.start === 'number' && l.start !== 1 ? l.start : undefined}>{items}</ol>;
  return <ul className={l.items.some((i) => i.task) ? 'md-tasks' : undefined}>{items}</ul>;
}

const checkbox = (checked: boolean) => (
  <span className="md-box" role="img" aria-label={checked ? '☑' : '☐'}>
    {checked ? '✓' : ''}
  </span>
);

function table(tbl: Tokens.Table, link: MarkdownProps['resolveLink']): ReactNode {
  return (
    <div className="md-table">
      <table>
        <thead>
          <tr>
            {tbl.header.map((c, i) => (
              <th key={i} scope="col" style={c.align ? { textAlign: c.align } : undefined}>
                {inline(c.tokens, link)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tbl.rows.map((row, r) => (
            <tr key={r}>
              {row.map((c, i) => (
                <td key={i} style={c.align ? { textAlign: c.align } : undefined}>
                  {inline(c.tokens, link)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function inline(tokens: Token[], link: MarkdownProps['resolveLink']): ReactNode[] {
  return tokens.map((token, i) => <Fragment key={i}>{inlineOne(token, link)}</Fragment>);
}

function inlineOne(token: Token, link: MarkdownProps['resolveLink']): ReactNode {
  const t = token as Tokens.Generic;
  switch (t.type) {
    case 'strong':
      return <strong>{inline(t.tokens ?? [], link)}</strong>;
    case 'em':
      return <em>{inline(t.tokens ?? [], link)}</em>;
    case 'del':
      return <del>{inline(t.tokens ?? [], link)}</del>;
    case 'codespan':
      return <code>{decode(t.text as string)}</code>;
    case 'br':
      return <br />;
    case 'checkbox':
      return checkbox((t as Tokens.Checkbox).checked);
    case 'link':
      return anchor(t as Tokens.Link, link);
    case 'image':
      return (t as Tokens.Image).text;
    case 'text':
    case 'escape':
      return t.tokens ? inline(t.tokens, link) : decode(t.text as string);
    case 'html':
      return t.text as string;
    default:
      return t.tokens ? inline(t.tokens, link) : decode(String(t.raw ?? ''));
  }
}

function anchor(l: Tokens.Link, link: MarkdownProps['resolveLink']): ReactNode {
  const children = inline(l.tokens, link);
  const target = link(l.href);
  if (!target) return <span className="md-plain-link">{children}</span>;
  if (target.kind === 'web') {
    return (
      <a href={target.href} target="_blank" rel="noopener noreferrer" className="md-web-link">
        {children}
      </a>
    );
  }
  return (
    <a
      href={target.path}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        target.onOpen();
      }}
    >
      {children}
    </a>
  );
}
