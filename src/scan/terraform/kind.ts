/** Terraform configuration (`*.tf`) and `terraform show -json` plans (`*.tfplan.json`, `tfplan.json`, `plan.json`). */
export type TerraformKind = 'terraform' | 'terraform_plan';

export function terraformKindOf(base: string): TerraformKind | undefined {
  if (base.endsWith('.tf')) return 'terraform';
  if (base.endsWith('.tfplan.json') || base === 'tfplan.json' || base === 'plan.json')
    return 'terraform_plan';
  return undefined;
}
