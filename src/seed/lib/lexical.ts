import crypto from 'node:crypto'

/**
 * Page texts are kept in the JSON files as simple blocks so that translators
 * can edit them without knowing Lexical; this turns them into the editor state
 * Payload's Lexical field stores.
 *
 * Inline markup inside texts: `[label](https://…)` or `[label](mailto:…)` for
 * links and `**bold**`.
 */
export type ContentBlock = { h2: string } | { h3: string } | { p: string } | { ul: string[] } | { ol: string[] }

type Direction = 'ltr' | 'rtl'
type Node = Record<string, unknown>

const BOLD = 1

function textNode(text: string, format = 0): Node {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function element(type: string, children: Node[], direction: Direction, extra: Record<string, unknown> = {}): Node {
  return { type, children, direction, format: '', indent: 0, version: 1, ...extra }
}

/** Link node ids only need to be unique within a document; deriving them keeps reseeded content identical. */
function linkId(url: string, label: string): string {
  return crypto.createHash('sha1').update(`${url}\u0000${label}`).digest('hex').slice(0, 24)
}

const inlinePattern = /\[([^\]]+)\]\(((?:https?:\/\/|mailto:)[^)\s]+)\)|\*\*([^*]+)\*\*/g

export function inlineNodes(text: string, direction: Direction): Node[] {
  const nodes: Node[] = []
  let last = 0
  for (const match of text.matchAll(inlinePattern)) {
    const at = match.index ?? 0
    if (at > last) nodes.push(textNode(text.slice(last, at)))
    if (match[1] !== undefined) {
      const [label, url] = [match[1], match[2]]
      nodes.push({
        ...element('link', [textNode(label)], direction),
        version: 3,
        id: linkId(url, label),
        fields: { linkType: 'custom', url, newTab: false },
      })
    } else {
      nodes.push(textNode(match[3], BOLD))
    }
    last = at + match[0].length
  }
  if (last < text.length) nodes.push(textNode(text.slice(last)))
  return nodes
}

function list(items: string[], ordered: boolean, direction: Direction): Node {
  return element(
    'list',
    items.map((item, i) => element('listitem', inlineNodes(item, direction), direction, { value: i + 1 })),
    direction,
    { listType: ordered ? 'number' : 'bullet', tag: ordered ? 'ol' : 'ul', start: 1 },
  )
}

export type LexicalState = {
  root: {
    type: 'root'
    children: Node[]
    direction: Direction
    format: ''
    indent: number
    version: number
  }
}

export function toLexical(blocks: ContentBlock[], direction: Direction = 'ltr'): LexicalState {
  const children = blocks.map((block): Node => {
    if ('h2' in block) return element('heading', inlineNodes(block.h2, direction), direction, { tag: 'h2' })
    if ('h3' in block) return element('heading', inlineNodes(block.h3, direction), direction, { tag: 'h3' })
    if ('ul' in block) return list(block.ul, false, direction)
    if ('ol' in block) return list(block.ol, true, direction)
    return element('paragraph', inlineNodes(block.p, direction), direction, { textFormat: 0, textStyle: '' })
  })
  return { root: { type: 'root', children, direction, format: '', indent: 0, version: 1 } }
}

/** The plain text of an editor state, for tests and search snippets. */
export function lexicalText(state: unknown): string {
  const inline = new Set(['paragraph', 'heading', 'listitem', 'link'])
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const n = node as { type?: string; text?: unknown; children?: unknown[] }
    if (typeof n.text === 'string') return n.text
    return (n.children ?? []).map(walk).join(inline.has(n.type ?? '') ? '' : '\n')
  }
  return walk((state as { root?: unknown } | null)?.root)
}
