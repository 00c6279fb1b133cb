/**
 * One CSV record (RFC 4180 quoting: `"` around fields, `""` inside them). Returns undefined while
 * a quoted field is still open, so the caller can append the next physical line and try again.
 */
export function parseCsvRecord(text: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  const n = text.length;
  for (;;) {
    if (i < n && text[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) return undefined;
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(value);
    } else {
      const comma = text.indexOf(',', i);
      const end = comma === -1 ? n : comma;
      out.push(text.slice(i, end));
      i = end;
    }
    if (i >= n) return out;
    if (text[i] !== ',') {
      // Text after a closing quote: not valid CSV, but keep it rather than lose the record.
      const comma = text.indexOf(',', i);
      out[out.length - 1] += text.slice(i, comma === -1 ? n : comma);
      if (comma === -1) return out;
      i = comma;
    }
    i++;
    if (i === n) {
      out.push('');
      return out;
    }
  }
}
