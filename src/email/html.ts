const entities: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

export const escapeHtml = (value: string): string =>
  value.replace(/["&'<>]/g, (character) => entities[character])

/** Plain paragraphs to a small HTML e-mail; a line that is only a URL becomes a link. */
export const paragraphsToHtml = (paragraphs: string[]): string => {
  const body = paragraphs
    .map((paragraph) => {
      const lines = paragraph.split('\n').map((line) => {
        const escaped = escapeHtml(line)
        return /^https?:\/\/\S+$/.test(line) ? `<a href="${escaped}">${escaped}</a>` : escaped
      })
      return `<p>${lines.join('<br>')}</p>`
    })
    .join('\n')

  return `<!doctype html><html lang="sv"><body style="font-family: sans-serif; line-height: 1.5">\n${body}\n</body></html>`
}
