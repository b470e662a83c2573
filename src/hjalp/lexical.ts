/** A block of a help page as the seed writes it; `**bold**` marks emphasis. */
export type HelpBlock = { heading: string } | { list: string[] } | { paragraph: string }

const boldFormat = 1

const textNodes = (text: string) =>
  text
    .split('**')
    .map((part, index) => ({ isBold: index % 2 === 1, part }))
    .filter(({ part }) => part !== '')
    .map(({ isBold, part }) => ({
      type: 'text',
      detail: 0,
      format: isBold ? boldFormat : 0,
      mode: 'normal',
      style: '',
      text: part,
      version: 1,
    }))

const element = { direction: 'ltr' as const, format: '' as const, indent: 0, version: 1 }

const toNode = (block: HelpBlock) => {
  if ('heading' in block) {
    return { ...element, type: 'heading', children: textNodes(block.heading), tag: 'h3' }
  }
  if ('list' in block) {
    return {
      ...element,
      type: 'list',
      children: block.list.map((item, index) => ({
        ...element,
        type: 'listitem',
        children: textNodes(item),
        value: index + 1,
      })),
      listType: 'bullet',
      start: 1,
      tag: 'ul',
    }
  }
  return { ...element, type: 'paragraph', children: textNodes(block.paragraph), textFormat: 0 }
}

/** The Lexical editor state of a page made of headings, paragraphs and bullet lists. */
export const toLexical = (blocks: HelpBlock[]) => ({
  root: { ...element, type: 'root', children: blocks.map(toNode) },
})

type LexicalNode = { children?: LexicalNode[]; text?: string }

/** The page's words without formatting, e.g. for search or a plain-text fallback. */
export const lexicalToPlainText = (state: unknown): string => {
  const walk = (node: LexicalNode): string => {
    const children = node.children ?? []
    const isInline = children.every((child) => child.text !== undefined)
    return node.text ?? children.map(walk).join(isInline ? '' : '\n')
  }
  const root = (state as { root?: LexicalNode } | null)?.root
  return root ? walk(root).trim() : ''
}
