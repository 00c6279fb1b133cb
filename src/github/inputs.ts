import * as core from '@actions/core';
import { UsageError } from '../core/errors.js';

/** An action input, or undefined when empty (the runner passes unset inputs as ""). */
export function input(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

/** A true/false input; anything else is a usage error naming the input and the value. */
export function booleanInput(name: string, fallback: boolean): boolean {
  const v = input(name)?.trim().toLowerCase();
  if (v === undefined) return fallback;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new UsageError(`Invalid input ${name} ${JSON.stringify(input(name))}: expected true or false.`);
}
