import type { Check, Deployment } from './check.js';
import type { AuditOptions } from './options.js';
import type { Progress } from './progress.js';
import type { Redactor } from './redact.js';
import type { Text } from './text.js';
import type { Observed } from './observed.js';

export type { EngineId } from './vocabulary.js';
import type { EngineId } from './vocabulary.js';

/** What the report header says about the audited system. */
export interface TargetInfo {
  readonly engine: EngineId;
  readonly deployment: Deployment;
  readonly name: string;
  readonly clusterId?: string;
  readonly version?: string;
  readonly plan?: string;
  readonly regions?: readonly string[];
  /** Engine-specific header lines (label, value), e.g. Host, Databases audited. */
  readonly details: readonly (readonly [string, string])[];
}

/** The collector's result: facts for the checks, plus notes for the report (e.g. table dates). */
export interface Collected<F> {
  readonly target: TargetInfo;
  readonly facts: F;
  readonly notes: readonly Text[];
  /** Facts that could not be collected, for the report's "not evaluated" section. */
  readonly unavailable: readonly { readonly fact: string; readonly reason: Text; readonly fault?: true }[];
}

export interface CollectEnv {
  readonly options: AuditOptions;
  readonly progress: Progress;
  readonly redactor: Redactor;
  /** The audit clock, read once so every check sees the same instant. */
  readonly now: Date;
}

/** An engine plugs into the pipeline with a collector and its checks; nothing else changes. */
export interface Engine<F> {
  readonly id: EngineId;
  readonly displayName: string;
  readonly checks: readonly Check<F>[];
  collect(env: CollectEnv): Promise<Collected<F>>;
  /** What the cluster records (settings, channels), for the report's `observed` block. */
  observed?(facts: F): Observed;
}
