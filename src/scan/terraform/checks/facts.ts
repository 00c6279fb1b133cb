import type { Fact } from '../../../core/facts.js';

/** What a Terraform-only check reads: one resource's address and the value(s) it judges. */
export interface TfFacts<T> {
  readonly address: string;
  readonly value: Fact<T>;
}
