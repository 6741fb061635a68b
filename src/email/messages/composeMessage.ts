import { escapeHtml } from './escapeHtml'

export type MessagePart =
  | { paragraph: string }
  | { link: { href: string; label: string } }
  | { html: string; text: string }
  | { list: [string, string][] }

export type ComposedMessage = { subject: string; html: string; text: string }

/**
 * Every mail has the same simple shape: paragraphs, links, an optional block
 * of rendered rich text, and a footer. Built once as HTML and once as plain
 * text so clients without HTML read the same message.
 */
export function composeMessage(
  lang: string,
  subject: string,
  parts: MessagePart[],
  footer: MessagePart[] = [],
): ComposedMessage {
  const html: string[] = []
  const text: string[] = []
  const render = (part: MessagePart, small = false) => {
    const style = small ? ' style="font-size:13px;color:#444"' : ''
    if ('paragraph' in part) {
      html.push(`<p${style}>${escapeHtml(part.paragraph)}</p>`)
      text.push(part.paragraph)
    } else if ('link' in part) {
      html.push(`<p${style}><a href="${escapeHtml(part.link.href)}">${escapeHtml(part.link.label)}</a></p>`)
      text.push(`${part.link.label}: ${part.link.href}`)
    } else if ('list' in part) {
      html.push(`<dl>${part.list.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`).join('')}</dl>`)
      text.push(part.list.map(([k, v]) => `${k}: ${v}`).join('\n'))
    } else {
      html.push(part.html)
      text.push(part.text)
    }
  }
  parts.forEach((p) => render(p))
  if (footer.length) {
    html.push('<hr>')
    text.push('--')
    footer.forEach((p) => render(p, true))
  }
  return {
    subject,
    html: `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:sans-serif;line-height:1.5;max-width:40em">${html.join('\n')}</body></html>`,
    text: text.join('\n\n') + '\n',
  }
}
