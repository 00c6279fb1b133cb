import type { CheckMeta } from '../core/check.js';
import {
  C_FUNCTION,
  CRDB_GRANT_ADMIN,
  PARSE,
  SCHEMA_CREATE,
  SQL_PASSWORD,
  SUPERUSER_ROLE
} from './sql/scan-checks.js';
import { TERRAFORM_CHECKS } from './terraform/checks/index.js';

/**
 * The checks only `db-posture scan` reports (tf/*, scan/*); the others it reports are live checks
 * under their own ids. A repository keeps one baseline file for the audit and the scan, so the
 * baseline loader must accept waivers for these ids wherever it reads that file.
 */
export const SCAN_ONLY_CHECKS: readonly CheckMeta[] = [
  ...TERRAFORM_CHECKS,
  SQL_PASSWORD,
  SUPERUSER_ROLE,
  SCHEMA_CREATE,
  C_FUNCTION,
  CRDB_GRANT_ADMIN,
  PARSE
];
