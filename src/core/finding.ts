import type { CheckMeta, Dimension } from './check.js';
import type { Status } from './status.js';
import type { Text } from './text.js';
import type { FrameworkRefs } from './vocabulary.js';
import type { PolicyAnnotation } from './policy-annotation.js';

/** The waiver state attached to a finding by the baseline stage. */
export interface WaiverMark {
  readonly reason: string;
  readonly owner: string;
  readonly expires: string;
  readonly state: 'active' | 'expired';
  /** The waiver's 1-based line in the baseline file, when it was read from one. */
  readonly line?: number;
}

/** A finding after policy: what every report renders. */
export interface Finding {
  readonly checkId: string;
  readonly title: string;
  readonly dimension: Dimension;
  /** The effective status after environment, compliance and sensitivity policy. */
  readonly status: Status;
  /** The check's own (production) verdict. */
  readonly rawStatus: Status;
  readonly object?: string;
  readonly detail: Text;
  /** A free-text note from the producer (the config-file scan); policy changes are in `policy`. */
  readonly annotation?: string;
  /** What the environment / compliance / sensitivity policy did to the verdict. */
  readonly policy?: readonly PolicyAnnotation[];
  readonly remediation: CheckMeta['remediation'];
  readonly frameworks: FrameworkRefs;
  /** UNKNOWN because of a fault, not a privilege: the audit is incomplete (gate fails, exit 3). */
  readonly incomplete?: true;
  readonly waiver?: WaiverMark;
}
