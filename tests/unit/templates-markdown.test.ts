import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, webLinksOnly, type LinkTarget } from '../../src/app/workshops/Markdown.tsx';

const render = (source: string, resolveLink: (href: string) => LinkTarget = webLinksOnly) =>
  renderToStaticMarkup(createElement(Markdown, { source, resolveLink }));

describe('workshop kit Markdown', () => {
  it('renders headings, lists, tables, task boxes and emphasis', () => {
    const html = render('# Title\n\nSome **bold** and *em*.\n\n- [ ] To do\n- [x] Done\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<table>');
    expect(html.match(/class="md-box"/g)?.length).toBe(2);
    expect(html).toContain('To do');
  });

  it('never injects HTML from the file: tags and script show as text', () => {
    const html = render('Hello <b onclick="x()">there</b>\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<b |<img/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('links only to web and mail addresses by default, never javascript:', () => {
    const html = render('[web](https://nodejs.org) [bad](javascript:alert(1)) [file](other.md)');
    expect(html).toContain('href="https://nodejs.org"');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span class="md-plain-link">file</span>');
  });

  it('prints box drawings as sheets, one per group of boxes', () => {
    const html = render('```\n┌──┐\n│ 1│\n└──┘\n\n┌──┐\n│ 2│\n└──┘\n```\n\n```\nplain code\n```');
    expect(html.match(/class="md-sheet"/g)?.length).toBe(2);
    expect(html).toContain('<pre><code>plain code</code></pre>');
  });

  it('sends links to pages of the app through the resolver', () => {
    const html = render('[kit](handouts/storyboard.md)', (href) => ({ kind: 'app', path: `/workshops/${href.length}`, onOpen: () => {} }));
    expect(html).toContain('href="/workshops/22"');
  });
});
