import type { Status } from './status.js';
import { msg, raw, type Text } from './text.js';
import type { FrameworkRefs } from './vocabulary.js';
import type { Family } from './vocabulary.js';
import type { AttestationLookup, AttestationState } from './attestation.js';

/** Report sections, in the order the report prints them. */
export const DIMENSIONS = [
  'Network Security',
  'Authentication & SSO',
  'Authentication',
  'Authorization',
  'Data Protection',
  'Encryption',
  'Audit Logging',
  'Backup & Recovery',
  'Patch Management',
  'Configuration',
  'Cluster Configuration'
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export type Deployment = 'cloud' | 'self-hosted';
export type Environment = 'production' | 'staging' | 'development' | 'sandbox';
export type DataSensitivity = 'pii-phi' | 'financial' | 'internal' | 'public';
export type Compliance = 'soc2' | 'hipaa' | 'pci-dss' | 'iso27001' | 'gdpr';

/** Statuses a check itself may return (UNKNOWN and N/A come from the runner or from applicability too). */
export type CheckOutcome = Exclude<Status, 'UNKNOWN'>;

export interface CheckMeta {
  /** `<engine>/<name>`; the defining file is named `<name>.ts`. */
  readonly id: string;
  readonly title: string;
  readonly dimension: Dimension;
  /** Ties the check to the environment/compliance policy table; absent = not adjusted. */
  readonly family?: Family;
  /** Deployments the check applies to; on others it reports N/A. */
  readonly appliesTo: readonly Deployment[];
  /** One sentence: the compliant condition (what PASS means). */
  readonly description: string;
  /** Every status the check can return; the check tester requires a sample of each. */
  readonly outcomes: readonly CheckOutcome[];
  readonly remediation: { readonly text: string; readonly link: string };
  /** The risk, in one or two sentences: what can go wrong while the check does not pass. */
  readonly rationale: string;
  /**
   * What a person checks by hand to confirm the verdict, or what an attester needs in front of
   * them before recording an attestation; absent when the facts the check reads are the whole story.
   */
  readonly verify?: string;
  readonly frameworks: FrameworkRefs;
  /** The check reads an attestation from the baseline file; attestations for other checks are refused. */
  readonly attestable?: true;
}

/** What a check returns: the production verdict before policy. */
export interface RawFinding {
  readonly status: Status;
  readonly detail: Text;
  /** The object the finding is about (role, database, HBA rule); lets one object be waived alone. */
  readonly object?: string;
  /**
   * A machine-readable reason the policy table may key on (e.g. `not-enabled` lets data sensitivity
   * raise an encryption-at-rest WARN to FAIL).
   */
  readonly condition?: string;
  /**
   * Set by the runner when the verdict is UNKNOWN because of a fault (a lost session, a timeout, a
   * check that threw): the audit is incomplete and the gate fails closed.
   */
  readonly incomplete?: true;
}

/** Everything a check may know besides facts. Checks read no clock and do no I/O. */
export interface CheckContext {
  readonly auditedAt: Date;
  readonly deployment: Deployment;
  readonly environment: Environment;
  readonly dataSensitivity: DataSensitivity;
  readonly compliance: readonly Compliance[];
  readonly targetName: string;
  /** A person's attestation for this check on this target, from the baseline file. */
  readonly attestation: AttestationLookup;
}

export interface Check<F> {
  readonly meta: CheckMeta;
  evaluate(facts: F, ctx: CheckContext): readonly RawFinding[];
}

/** Declares a check; the identity function exists to type the metadata and the facts together. */
export function defineCheck<F>(check: Check<F>): Check<F> {
  return check;
}

/** Deployments a check applies to unless its metadata says otherwise. */
export const ALL_DEPLOYMENTS: readonly Deployment[] = ['self-hosted', 'cloud'];

/**
 * What `evaluate` receives from a check made by an engine's factory: the attestation lookup is bound
 * to the running check, so a check can read its own attestation and no other.
 */
export interface BoundCheckContext extends Omit<CheckContext, 'attestation'> {
  readonly attestation: () => AttestationState;
}

/** A check as an engine's check file writes it: the id carries the engine's prefix, appliesTo is optional. */
export interface CheckDefinition<P extends string, F> {
  readonly meta: Omit<CheckMeta, 'id' | 'appliesTo'> & {
    readonly id: `${P}/${string}`;
    /** Default: every deployment. */
    readonly appliesTo?: readonly Deployment[];
  };
  evaluate(facts: F, ctx: BoundCheckContext): readonly RawFinding[];
}

/**
 * The check factory of one engine (definePostgresCheck, defineCockroachCheck, defineCouchbaseCheck):
 * binds the facts type and the id prefix, defaults appliesTo, and hands `evaluate` the attestation
 * lookup bound to the check's own id.
 */
export function checkFactory<P extends string, F>(
  prefix: P
): (definition: CheckDefinition<P, F>) => Check<F> {
  return definition => {
    const { id } = definition.meta;
    // The type already demands the prefix; this catches a cast or a computed id at load time.
    if (!id.startsWith(`${prefix}/`)) throw new Error(`Check id ${id} does not start with ${prefix}/.`);
    const meta: CheckMeta = { ...definition.meta, appliesTo: definition.meta.appliesTo ?? ALL_DEPLOYMENTS };
    return {
      meta,
      evaluate: (facts, ctx) =>
        definition.evaluate(facts, {
          ...ctx,
          attestation: () => {
            // The baseline loader refuses attestations for checks not marked attestable, so a check
            // that reads one without the mark could never receive it: a defect, not a verdict.
            if (!meta.attestable) throw new Error(`${id} reads an attestation but is not marked attestable.`);
            return ctx.attestation(id);
          }
        })
    };
  };
}

function make(status: Status) {
  return (detail: Text, object?: string, condition?: string): RawFinding => {
    const f: { status: Status; detail: Text; object?: string; condition?: string } = { status, detail };
    if (object !== undefined) f.object = object;
    if (condition !== undefined) f.condition = condition;
    return f;
  };
}

export const pass = make('PASS');
export const warn = make('WARN');
export const fail = make('FAIL');
export const info = make('INFO');
export const notApplicable = make('N/A');
export const unknown = make('UNKNOWN');

/**
 * UNKNOWN for a fact that is missing, with its reason and fix; a fact lost to a fault keeps the
 * audit incomplete (the gate fails closed), a missing privilege does not.
 */
export function unknownFromMissing(
  fact: { readonly reason: Text; readonly fix?: Text; readonly fault?: true },
  object?: string
): RawFinding {
  const reason = fact.fix ? msg`${raw(fact.reason)} Fix: ${raw(fact.fix)}` : fact.reason;
  return {
    status: 'UNKNOWN',
    detail: msg`Could not be evaluated: ${raw(reason)}`,
    ...(object !== undefined ? { object } : {}),
    ...(fact.fault ? { incomplete: true as const } : {})
  };
}
