import { describe, expect, it } from '@jest/globals';
import { fieldValue, type AuditEvent } from '../../src/detect/event.js';

const event: AuditEvent = {
  time: 0,
  product: 'cockroachdb',
  format: 'crdb-json',
  user: 'eve',
  fields: { EventType: 'grant_role', 'a.b': 'dotted key', envelope: { tags: { n: '2' } }, list: [1] },
  file: 'x',
  line: 1
};

describe('fieldValue', () => {
  it('reads normalized fields, plain keys, keys with a dot, and paths', () => {
    expect(fieldValue(event, 'db.user')).toBe('eve');
    expect(fieldValue(event, 'EventType')).toBe('grant_role');
    expect(fieldValue(event, 'a.b')).toBe('dotted key');
    expect(fieldValue(event, 'envelope.tags.n')).toBe('2');
    expect(fieldValue(event, 'envelope.tags.missing')).toBeUndefined();
    expect(fieldValue(event, 'list.0')).toBeUndefined();
    // Twice: the second read goes through the compiled reader.
    expect(fieldValue(event, 'envelope.tags.n')).toBe('2');
  });

  it('never reads a field from the prototype chain', () => {
    for (const f of ['toString', 'constructor', '__proto__', 'envelope.constructor', 'db.toString'])
      expect(fieldValue(event, f)).toBeUndefined();
  });
});
