import type { LocatedBlock, Position } from './locate.js';
import type { ParsedTf, TfParseError } from './hcl.js';

/**
 * Terraform's JSON syntax (`*.tf.json`). A small JSON reader walks the tokens once and keeps, for
 * every object key, the line and column of its opening quote; the values are what JSON.parse would
 * give (strings are decoded by JSON.parse itself, duplicate keys: the last wins). The result is
 * turned into the structure @cdktf/hcl2json produces for a `.tf` file, so the same Terraform
 * judgements read it, with findings on the key of the attribute that decides them.
 */

type Json = unknown;

interface Node {
  readonly pos: Position;
  readonly value: Json;
  /** Objects: each key's node and where the key starts (last occurrence of a duplicate key). */
  readonly keys?: ReadonlyMap<string, { readonly at: Position; readonly node: Node }>;
  /** Arrays: the items' nodes. */
  readonly items?: readonly Node[];
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly at: Position
  ) {
    super(message);
  }
}

class Reader {
  private i = 0;
  private line = 1;
  private col = 1;
  constructor(private readonly s: string) {}

  private pos(): Position {
    return { line: this.line, column: this.col };
  }
  private advance(n = 1): void {
    for (let k = 0; k < n; k++) {
      if (this.s[this.i] === '\n') {
        this.line++;
        this.col = 1;
      } else this.col++;
      this.i++;
    }
  }
  private fail(expected: string): never {
    const got = this.i >= this.s.length ? 'the end of the file' : JSON.stringify(this.s[this.i]);
    throw new JsonSyntaxError(`expected ${expected}, found ${got}`, this.pos());
  }
  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r'.includes(this.s[this.i])) this.advance();
  }

  document(): Node {
    // A UTF-8 byte order mark is not JSON, but editors write one; Terraform's reader skips it too.
    if (this.s.charCodeAt(0) === 0xfeff) this.i = 1;
    this.ws();
    const node = this.value();
    this.ws();
    if (this.i < this.s.length) this.fail('the end of the file');
    return node;
  }

  private value(): Node {
    const at = this.pos();
    const c = this.s[this.i];
    if (c === '{') return this.object(at);
    if (c === '[') return this.array(at);
    if (c === '"') return { pos: at, value: this.string() };
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null]
    ] as const)
      if (this.s.startsWith(word, this.i)) {
        this.advance(word.length);
        return { pos: at, value: v };
      }
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) this.fail('a value');
    this.advance(m[0].length);
    return { pos: at, value: Number(m[0]) };
  }

  private string(): string {
    const start = this.i;
    this.advance(); // the opening quote
    while (this.i < this.s.length && this.s[this.i] !== '"') {
      const c = this.s.charCodeAt(this.i);
      if (c < 0x20) this.fail('a closing quote (a control character must be escaped)');
      if (this.s[this.i] === '\\') {
        const e = this.s[this.i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 2, this.i + 6))) this.fail('four hex digits');
          this.advance(6);
          continue;
        }
        if (!'"\\/bfnrt'.includes(e) || e === '') this.fail('an escape sequence');
        this.advance(2);
        continue;
      }
      this.advance();
    }
    if (this.i >= this.s.length) this.fail('a closing quote');
    this.advance();
    return JSON.parse(this.s.slice(start, this.i)) as string;
  }

  private object(at: Position): Node {
    this.advance();
    const keys = new Map<string, { at: Position; node: Node }>();
    const value: Record<string, Json> = {};
    this.ws();
    if (this.s[this.i] === '}') {
      this.advance();
      return { pos: at, value, keys };
    }
    for (;;) {
      this.ws();
      const keyAt = this.pos();
      if (this.s[this.i] !== '"') this.fail('a quoted key');
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail('":"');
      this.advance();
      this.ws();
      const node = this.value();
      // Later duplicates win, as in JSON.parse; the map keeps the later position too.
      keys.delete(key);
      keys.set(key, { at: keyAt, node });
      Object.defineProperty(value, key, {
        value: node.value,
        enumerable: true,
        writable: true,
        configurable: true
      });
      this.ws();
      if (this.s[this.i] === ',') {
        this.advance();
        continue;
      }
      if (this.s[this.i] === '}') {
        this.advance();
        return { pos: at, value, keys };
      }
      this.fail('"," or "}"');
    }
  }

  private array(at: Position): Node {
    this.advance();
    const items: Node[] = [];
    this.ws();
    if (this.s[this.i] === ']') {
      this.advance();
      return { pos: at, value: [], items };
    }
    for (;;) {
      this.ws();
      items.push(this.value());
      this.ws();
      if (this.s[this.i] === ',') {
        this.advance();
        continue;
      }
      if (this.s[this.i] === ']') {
        this.advance();
        return { pos: at, value: items.map(n => n.value), items };
      }
      this.fail('"," or "]"');
    }
  }
}

const isObject = (n: Node | undefined): n is Node & { keys: NonNullable<Node['keys']> } => !!n?.keys;

/** `"//"` keys are comments in Terraform's JSON syntax. */
const entries = (n: Node & { keys: NonNullable<Node['keys']> }) => [...n.keys].filter(([k]) => k !== '//');

/**
 * A block body as hcl2json gives it. Without the provider schema, Terraform's JSON syntax cannot
 * tell a map attribute from a nested block; the judgements read nested blocks only where the
 * schema has blocks and plain values (strings, numbers, booleans, lists of them) as attributes, so
 * an object (or a list of objects) is taken as nested block(s), everything else as an attribute.
 * `dynamic` keeps its shape (the judgements only ask whether a dynamic block of a name exists).
 */
function body(n: Node & { keys: NonNullable<Node['keys']> }, type: string, labels: string[], at: Position) {
  const json: Record<string, Json> = {};
  const attrs = new Map<string, Position>();
  const blocks: LocatedBlock[] = [];
  for (const [k, { at: keyAt, node }] of entries(n)) {
    if (k === 'dynamic') {
      json[k] = node.value;
      continue;
    }
    const asBlocks = isObject(node)
      ? [{ node, at: keyAt }]
      : node.items?.length && node.items.every(isObject)
        ? node.items.map(item => ({ node: item, at: item.pos }))
        : undefined;
    if (!asBlocks) {
      json[k] = node.value;
      attrs.set(k, keyAt);
      continue;
    }
    json[k] = asBlocks.map(b => {
      const inner = body(b.node as Node & { keys: NonNullable<Node['keys']> }, k, [], b.at);
      blocks.push(inner.located);
      return inner.json;
    });
  }
  const located: LocatedBlock = { type, labels, ...at, attrs, blocks };
  return { json, located };
}

/** The one body of a labelled block: an object, or (Terraform accepts it) a list holding one. */
function single(n: Node): (Node & { keys: NonNullable<Node['keys']> }) | undefined {
  if (isObject(n)) return n;
  const first = n.items?.[0];
  return isObject(first) ? first : undefined;
}

/**
 * Parses one `.tf.json` file into what parseTfFile gives for a `.tf` file: `resource`, `variable`
 * and `locals` in hcl2json's shape, with the located blocks. A syntax error, or a top level that is
 * not an object, comes back with its line and column.
 */
export function parseTfJsonFile(file: string, text: string): ParsedTf | TfParseError {
  let root: Node;
  try {
    root = new Reader(text).document();
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { file, ...error.at, message: `invalid JSON: ${error.message}` };
  }
  if (!isObject(root))
    return { file, ...root.pos, message: 'a Terraform JSON file holds one object at the top level' };
  const json: Record<string, Json> = {};
  const located: LocatedBlock[] = [];
  const top = new Map(entries(root));

  // A shape Terraform would refuse is a parse finding, never skipped in silence.
  const wrong = (at: Position, what: string): TfParseError => ({
    file,
    ...at,
    message: `${what} must be a JSON object`
  });
  const resource = top.get('resource');
  if (resource && !isObject(resource.node)) return wrong(resource.at, '"resource"');
  if (resource && isObject(resource.node)) {
    const byType: Record<string, Record<string, Json[]>> = {};
    for (const [type, { at: typeAt, node: names }] of entries(resource.node)) {
      if (!isObject(names)) return wrong(typeAt, `resource type "${type}"`);
      for (const [name, { at, node }] of entries(names)) {
        const b = single(node);
        if (!b) return wrong(at, `resource "${type}.${name}"`);
        const parsed = body(b, 'resource', [type, name], at);
        (byType[type] ??= {})[name] = [parsed.json];
        located.push(parsed.located);
      }
    }
    json.resource = byType;
  }

  // Variables: their literal defaults resolve `var.x`, as in a .tf file.
  const variable = top.get('variable');
  if (variable && !isObject(variable.node)) return wrong(variable.at, '"variable"');
  if (variable && isObject(variable.node)) {
    const vars: Record<string, Json[]> = {};
    for (const [name, { at, node }] of entries(variable.node)) {
      const b = single(node);
      if (!b) return wrong(at, `variable "${name}"`);
      const decl: Record<string, Json> = {};
      const d = b.keys.get('default');
      if (d) decl.default = d.node.value;
      vars[name] = [decl];
    }
    json.variable = vars;
  }

  const locals = top.get('locals')?.node;
  if (locals) {
    const list = isObject(locals) ? [locals] : (locals.items ?? []).filter(isObject);
    json.locals = list.map(l => Object.fromEntries(entries(l).map(([k, { node }]) => [k, node.value])));
  }
  return { file, json, located };
}
