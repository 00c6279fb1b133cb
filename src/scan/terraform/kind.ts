/** Terraform configuration (`*.tf`, and `*.tf.json` in Terraform's JSON syntax) and `terraform show -json` plans (`*.tfplan.json`, `tfplan.json`, `plan.json`). */
export type TerraformKind = 'terraform' | 'terraform_plan';

export function terraformKindOf(base: string): TerraformKind | undefined {
  if (base.endsWith('.tfplan.json') || base === 'tfplan.json' || base === 'plan.json')
    return 'terraform_plan';
  if (base.endsWith('.tf') || base.endsWith('.tf.json')) return 'terraform';
  return undefined;
}
