/**
 * Finding text that mixes our own words with values that come from the audited system (role
 * names, setting values, table names). Keeping the two apart lets the markdown renderer put every
 * system-controlled value in a code span, where no markup, HTML or @mention can take effect, while
 * JSON, SARIF and tests see plain text.
 */
export interface Text {
  /** Plain text: what JSON, SARIF, JUnit and tests read. */
  readonly text: string;
  /** Markdown with each interpolated value rendered as an inert code span. */
  readonly markdown: string;
}

/** A value wrapped by `raw()` is trusted (authored by us) and interpolated without quoting. */
class Raw {
  constructor(readonly value: Text) {}
}

/**
 * Marks already-built text (e.g. a joined list of `msg` results) as safe to splice in as is. A plain
 * string is meant to be our own words; if it could act as markup anyway (a value from the target
 * that reached `raw` by mistake: `<img>`, `@org/team`, `[x](y)`, `www.`/`://` autolinks, emphasis),
 * its markdown is a code span, so no path from the target into markdown is ever live.
 */
export function raw(value: Text | string): Raw {
  return new Raw(typeof value === 'string' ? { text: value, markdown: inertWords(value) } : value);
}

/** Characters that never start markup in the middle of a GFM line. */
const PLAIN_WORDS = /^[\p{L}\p{N} ,.;:()'"/=+%?$–—…§_-]*$/u;

/** Our own words stay as they are; anything that could be live markdown becomes a code span. */
export function inertWords(s: string): string {
  const plain =
    PLAIN_WORDS.test(s) &&
    !/www\.|:\/\//i.test(s) &&
    // "_" is only safe between letters or digits (snake_case); "_x_" would be emphasis.
    !/(^|[^\p{L}\p{N}])_|_($|[^\p{L}\p{N}])/u.test(s);
  return plain ? s : codeSpan(s);
}

/**
 * A GFM table cell: every `|` must be escaped, even inside code spans (the table parser splits
 * cells before inline parsing and turns `\|` back into `|`). Only table cells need this; elsewhere
 * an escaped pipe would show as `\|`.
 */
export function tableCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}

function isText(v: unknown): v is Text {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Text).text === 'string' &&
    typeof (v as Text).markdown === 'string' &&
    Object.keys(v).length === 2
  );
}

/**
 * Tagged template for finding details: `msg\`Role ${name} is a superuser.\``. Interpolated values
 * are treated as untrusted data.
 */
export function msg(strings: TemplateStringsArray, ...values: unknown[]): Text {
  let text = strings[0];
  let markdown = escapeStatic(strings[0]);
  values.forEach((value, i) => {
    if (value instanceof Raw) {
      text += value.value.text;
      markdown += value.value.markdown;
    } else if (isText(value)) {
      // A Text was built by msg (its values already quoted): splice it in, never as "[object Object]".
      text += value.text;
      markdown += value.markdown;
    } else {
      const s = String(value);
      text += s;
      markdown += codeSpan(s);
    }
    text += strings[i + 1];
    markdown += escapeStatic(strings[i + 1]);
  });
  return { text, markdown };
}

/** Joins several texts with a separator (our own words). */
export function joinText(items: readonly Text[], separator = ', '): Text {
  return {
    text: items.map(i => i.text).join(separator),
    markdown: items.map(i => i.markdown).join(separator)
  };
}

/** A list of untrusted values, each quoted, joined with commas; long lists are cut with a count. */
export function valueList(values: readonly string[], limit = 20): Text {
  const shown = values.slice(0, limit).map(v => msg`${v}`);
  const rest = values.length - shown.length;
  const joined = joinText(shown);
  return rest > 0 ? msg`${raw(joined)} and ${raw(String(rest))} more` : joined;
}

/** Renders an untrusted string as an inline code span that cannot break out of itself. */
export function codeSpan(value: string): string {
  // Control characters (newlines could end the list item) become visible escapes.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, c =>
    c === '\n'
      ? '\\n'
      : c === '\r'
        ? '\\r'
        : c === '\t'
          ? '\\t'
          : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
  );
  // Pipes stay as they are: outside a table they are text; table cells go through tableCell().
  const safe = visible;
  if (safe === '') return '`""`';
  const longestRun = Math.max(0, ...(safe.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = safe.startsWith('`') || safe.endsWith('`') || /^ .* $/.test(safe) ? ' ' : '';
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** Our own words may mention `<table>`-like placeholders; GitHub would treat them as HTML. */
export function escapeStatic(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "1 expired waiver", "3 expired waivers": a count with its noun, as a plain string (our own words). */
export function plural(n: number, singular: string, several = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : several}`;
}

/** "1 database", "3 databases": a count with its noun (our own words), as Text. */
export function count(n: number, singular: string, several = `${singular}s`): Text {
  const s = plural(n, singular, several);
  return { text: s, markdown: s };
}

/**
 * Prose that may come from input (a report read from disk) as markdown that renders as the same
 * words and nothing else: HTML escaped, the inline markup characters backslash-escaped (no
 * emphasis, code, link, image, table cell or strikethrough can start), newlines joined, and a
 * leading heading, list or quote marker escaped.
 */
export function escapeProse(s: string): string {
  const inline = escapeStatic(s.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]|~]/g, '\\$&'));
  // A heading, list item or block quote can only start the paragraph.
  return inline.replace(/^(\s*)([#+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
