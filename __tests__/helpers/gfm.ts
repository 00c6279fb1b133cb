import { spawnSync } from 'node:child_process';

/**
 * Renders markdown with GitHub's own renderer (Debian's cmark-gfm, with GitHub's extensions and raw
 * HTML let through, which is stricter than github.com's sanitiser) and returns the HTML.
 */
export function renderGfm(markdown: string): string {
  const r = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tasklist'],
    { input: markdown, encoding: 'utf8' }
  );
  if (r.error || r.status !== 0) {
    throw new Error(
      `cmark-gfm could not run (${r.error?.message ?? r.stderr}): install Debian's cmark-gfm (apt-get install cmark-gfm); .ci/run does.`
    );
  }
  return r.stdout;
}

/** What an injected string could make live in rendered HTML, outside code spans and blocks. */
export function liveInjections(html: string, allowedLinks: ReadonlySet<string>): string[] {
  const outsideCode = html
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    .replace(/<pre>[\s\S]*?<\/pre>/g, '')
    // Our own collapsible blocks: an HTML block on a line of its own, exactly as the renderers write
    // it (`<details><summary>…</summary>` with no attribute). Injected text never starts a line.
    .replace(/^<details><summary>[^<]*<\/summary>$/gm, '');
  const found: string[] = [];
  for (const m of outsideCode.matchAll(/<(img|script|iframe|svg|details|a|input|form|style)\b[^>]*>/gi)) {
    const href = m[0].match(/href="([^"]*)"/)?.[1];
    if (m[1].toLowerCase() === 'a' && href && allowedLinks.has(href)) continue;
    found.push(m[0]);
  }
  // GitHub turns @name and @org/team in text (not in code or links) into mentions and notifies them.
  for (const m of outsideCode
    .replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, '')
    .matchAll(/(^|[^\w`])@[A-Za-z0-9-]+(\/[\w-]+)?/g))
    found.push(m[0].trim());
  // GitHub links #123 in text to issue or pull request 123 (and notifies its thread).
  for (const m of outsideCode
    .replace(/<a\b[^>]*>[\s\S]*?<\/a>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .matchAll(/(^|[^\w&#])#\d+\b/g))
    found.push(m[0].trim());
  return found;
}

/** True when every occurrence of `value`'s visible text in the HTML sits inside a code span. */
export function onlyInCode(html: string, value: string): boolean {
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  const outside = html.replace(/<code>[\s\S]*?<\/code>/g, '');
  return html.includes(escaped) && !outside.includes(escaped) && !outside.includes(value);
}
