/**
 * The texts of stands and hotspots as React elements (never an HTML string), from the safe Markdown
 * subset parsed by src/edition/markdown.ts: the rules live there, shared with the headset's painted
 * panel; this file only says which element each node becomes. Text stays text: React escapes it.
 */
import { Fragment, type ReactNode } from 'react';
import { parseMarkdown, type MarkdownOptions, type MdInline } from '../edition/markdown.ts';

export { isExternalHref, isSafeHref, type MarkdownOptions } from '../edition/markdown.ts';

function inline(nodes: readonly MdInline[], key: string): ReactNode[] {
  return nodes.map((node, i) => {
    const k = `${key}-${i}`;
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={k}>{inline(node.children, k)}</strong>;
      case 'em':
        return <em key={k}>{inline(node.children, k)}</em>;
      case 'link':
        return (
          <a key={k} href={node.href} target="_blank" rel="noopener noreferrer">
            {inline(node.children, k)}
          </a>
        );
      case 'url':
        return (
          <Fragment key={k}>
            {inline(node.children, k)}{' '}
            <span className="md-url" dir="ltr">
              ({node.url})
            </span>
          </Fragment>
        );
    }
  });
}

/** The text as React nodes: paragraphs and lists. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): ReactNode[] {
  return parseMarkdown(source, options).map((block, b) => {
    const key = `b${b}`;
    if (block.kind === 'list')
      return (
        <ul key={key}>
          {block.items.map((item, n) => (
            <li key={n}>{inline(item, `${key}-${n}`)}</li>
          ))}
        </ul>
      );
    return (
      <p key={key}>
        {block.lines.map((line, n) => (
          <Fragment key={n}>
            {n > 0 && <br />}
            {inline(line, `${key}-${n}`)}
          </Fragment>
        ))}
      </p>
    );
  });
}

/** A text of the edition, rendered with the safe subset. */
export function Markdown({ text, externalLinks }: { text: string; externalLinks?: boolean }) {
  return <>{renderMarkdown(text, { externalLinks })}</>;
}
