import type { CheckMeta } from '../../../core/check.js';
import awsBackupRetention from './aws-backup-retention.js';
import awsDeletionProtection from './aws-deletion-protection.js';
import awsPublicAccess from './aws-public-access.js';
import awsStorageEncrypted from './aws-storage-encrypted.js';
import crdbNetworkVisibility from './crdb-network-visibility.js';
import crdbPlan from './crdb-plan.js';
import gcpAuthorizedNetworks from './gcp-authorized-networks.js';
import gcpBackups from './gcp-backups.js';
import gcpSslMode from './gcp-ssl-mode.js';
import literalPassword from './literal-password.js';
import pgRolePrivileges from './pg-role-privileges.js';
import rdsForceSsl from './rds-force-ssl.js';

/** The Terraform-only checks (ids tf/*), for the baseline loader and the README catalogue. */
export const TERRAFORM_CHECKS: readonly CheckMeta[] = [
  awsBackupRetention.meta,
  awsDeletionProtection.meta,
  awsPublicAccess.meta,
  awsStorageEncrypted.meta,
  crdbNetworkVisibility.meta,
  crdbPlan.meta,
  gcpAuthorizedNetworks.meta,
  gcpBackups.meta,
  gcpSslMode.meta,
  literalPassword.meta,
  pgRolePrivileges.meta,
  rdsForceSsl.meta
];
