import { available } from '../core/facts.js';
import type { Check, CheckContext } from '../core/check.js';
import { msg } from '../core/text.js';
import { runChecks } from '../pipeline/run-checks.js';
import connectionLogging from '../engines/postgres/checks/connection-logging.js';
import listenAddresses from '../engines/postgres/checks/listen-addresses.js';
import logLinePrefix from '../engines/postgres/checks/log-line-prefix.js';
import logStatement from '../engines/postgres/checks/log-statement.js';
import passwordEncryption from '../engines/postgres/checks/password-encryption.js';
import pgaudit from '../engines/postgres/checks/pgaudit.js';
import ssl from '../engines/postgres/checks/ssl.js';
import tlsVersion from '../engines/postgres/checks/tls-version.js';
import type { PgFacts, PgSetting } from '../engines/postgres/facts.js';
import { libraryTokens } from '../engines/postgres/settings.js';
import { parseConfFile, type ConfAssignment } from './conf-file.js';
import { includeFinding, INCLUDE_DIRECTIVES, type IncludeResolver } from './includes.js';
import { scanKey, type ScanFinding } from './finding.js';

export const SUPPORTED_PG_VERSIONS = [13, 14, 15, 16, 17] as const;
export type PgMajor = (typeof SUPPORTED_PG_VERSIONS)[number];

/**
 * Server defaults of the judged settings (the boot values in guc_tables.c of each release): a file
 * that leaves a setting out gets this value on the server it configures.
 */
export function serverDefaults(major: PgMajor): Record<string, string> {
  return {
    ssl: 'off',
    ssl_min_protocol_version: 'TLSv1.2',
    // PostgreSQL 14 changed the default from md5 to scram-sha-256.
    password_encryption: major >= 14 ? 'scram-sha-256' : 'md5',
    listen_addresses: 'localhost',
    log_connections: 'off',
    log_disconnections: 'off',
    log_statement: 'none',
    log_line_prefix: '%m [%p] ',
    log_destination: 'stderr',
    shared_preload_libraries: ''
  };
}

/** The live checks a configuration file decides on its own, with the settings each reads. */
export const CONF_CHECKS: readonly { check: Check<PgFacts>; settings: readonly string[] }[] = [
  { check: ssl, settings: ['ssl'] },
  { check: tlsVersion, settings: ['ssl_min_protocol_version', 'ssl'] },
  { check: passwordEncryption, settings: ['password_encryption'] },
  { check: listenAddresses, settings: ['listen_addresses'] },
  { check: connectionLogging, settings: ['log_connections', 'log_disconnections'] },
  { check: logStatement, settings: ['log_statement'] },
  { check: logLinePrefix, settings: ['log_line_prefix', 'log_destination'] },
  {
    check: pgaudit,
    settings: ['shared_preload_libraries', 'pgaudit.log', 'pgaudit.log_parameter', 'log_statement']
  }
];

const BOOLEANS = new Set(['ssl', 'log_connections', 'log_disconnections', 'pgaudit.log_parameter']);
const LOWERCASE_ENUMS = new Set(['password_encryption', 'log_statement']);

/** The value as pg_settings would show it: booleans as on/off, enums in their canonical case. */
export function canonical(name: string, value: string): string {
  if (BOOLEANS.has(name)) {
    const v = value.trim().toLowerCase();
    if (['on', 'true', 'yes', '1', 'tru', 'tr', 't', 'ye', 'y'].includes(v)) return 'on';
    if (['off', 'false', 'no', '0', 'of', 'fals', 'fal', 'fa', 'f', 'n'].includes(v)) return 'off';
  }
  if (LOWERCASE_ENUMS.has(name)) return value.toLowerCase();
  return value;
}

function row(name: string, value: string, source: string): PgSetting {
  return { name, setting: value, unit: null, source, context: null, pendingRestart: false };
}

/**
 * Judges one postgresql.conf with the live settings checks: the file's last assignment of each
 * setting over the server default becomes the pg_settings fact. Each finding is placed on the line
 * that sets the first setting its check reads, or on line 1 when the server default decides.
 */
export function judgeConfFile(text: string, file: string, major: PgMajor, ctx: CheckContext): ScanFinding[] {
  return judgeConfFiles([{ text, file }], major, ctx);
}

/**
 * Judges the configuration files one server reads, in the order it reads them (postgresql.conf,
 * then postgresql.auto.conf, whose ALTER SYSTEM values win).
 */
export function judgeConfFiles(
  sources: readonly { text: string; file: string }[],
  major: PgMajor,
  ctx: CheckContext,
  includes?: IncludeResolver
): ScanFinding[] {
  const out: ScanFinding[] = [];
  const last = new Map<string, ConfAssignment & { file: string }>();
  // An include is read where it stands: settings after it override the included ones, and the
  // included file's settings override those before it (guc-file.l, later assignments win).
  const read = (text: string, file: string, stack: readonly string[]) => {
    const parsed = parseConfFile(text);
    for (const a of parsed.assignments) {
      if (!includes || !INCLUDE_DIRECTIVES.has(a.name)) {
        last.set(a.name, { ...a, file });
        continue;
      }
      const e = includes.expand(file, a.name, a.value, stack);
      if (e.kind === 'error') out.push(...includeFinding(e, file, a.line, a.column, ctx));
      else if (e.kind === 'files') for (const f of e.files) read(f.text, f.rel, [...stack, f.rel]);
    }
    for (const e of parsed.errors) {
      out.push({
        checkId: 'scan/parse',
        title: 'Configuration file parse',
        dimension: 'Configuration',
        status: 'INFO',
        rawStatus: 'INFO',
        detail: msg`Could not parse line ${String(e.line)}: ${e.message}.`,
        remediation: {
          text: 'Fix the syntax; PostgreSQL refuses to start with it.',
          link: 'https://www.postgresql.org/docs/current/config-setting.html'
        },
        frameworks: {},
        file,
        line: e.line,
        column: e.column,
        key: scanKey('scan/parse', file, `line ${e.line}`)
      });
    }
  };
  for (const { text, file } of sources) read(text, file, [file]);
  const facts = confFacts(new Map([...last].map(([n, a]) => [n, a.value])), major);
  for (const { check, settings: names } of CONF_CHECKS) {
    const where = names.map(n => last.get(n)).find(a => a !== undefined);
    for (const f of runChecks([check], facts, ctx)) {
      const at = (f.object && last.get(f.object)) || where;
      const object = f.object ?? names[0];
      const file = at?.file ?? sources[0].file;
      out.push({
        ...f,
        ...(at ? {} : { annotation: `not set in ${file}: the PostgreSQL ${major} server default decides` }),
        file,
        line: at?.line ?? 1,
        column: at?.column ?? 1,
        key: scanKey(f.checkId, sources[0].file, object)
      });
    }
  }
  return out;
}

/**
 * The facts a server started with these settings shows the live checks: each given value over the
 * server default of the named major version, and pgaudit's own settings only when it is preloaded.
 */
export function confFacts(values: ReadonlyMap<string, string>, major: PgMajor): PgFacts {
  const settings: Record<string, PgSetting> = {};
  for (const [name, value] of Object.entries(serverDefaults(major)))
    settings[name] = row(name, value, 'default');
  for (const [name, value] of values)
    settings[name] = row(name, canonical(name, value), 'configuration file');
  // A preloaded pgaudit registers its settings with their defaults; without it they are placeholders.
  const preloaded = libraryTokens(settings.shared_preload_libraries.setting).includes('pgaudit');
  const placeholder = settings['pgaudit.log']?.setting ?? null;
  if (preloaded) {
    settings['pgaudit.log'] ??= row('pgaudit.log', 'none', 'default');
    settings['pgaudit.log_parameter'] ??= row('pgaudit.log_parameter', 'off', 'default');
  } else {
    for (const k of Object.keys(settings)) if (k.startsWith('pgaudit.')) delete settings[k];
  }
  return {
    server: {
      versionNum: major * 10000,
      version: `PostgreSQL ${major}`,
      currentUser: 'postgres',
      isSuperuser: true,
      canReadAllSettings: true,
      host: '',
      port: 0,
      database: ''
    },
    settings: available(settings),
    pgauditPlaceholder: available(preloaded ? null : placeholder),
    // A configuration file carries no per-role or per-database overrides.
    roleSettings: available([])
  } as unknown as PgFacts;
}

/** The value one setting takes on the server these files configure (the last assignment, else the default). */
export function effectiveSetting(
  sources: readonly { text: string; file?: string }[],
  name: string,
  major: PgMajor,
  includes?: IncludeResolver
): string | undefined {
  let value = serverDefaults(major)[name];
  // Follows includes as judgeConfFiles does (their errors are reported there, not here).
  const read = (text: string, file: string, stack: readonly string[]) => {
    for (const a of parseConfFile(text).assignments) {
      if (a.name === name) value = canonical(name, a.value);
      else if (includes && file && INCLUDE_DIRECTIVES.has(a.name)) {
        const e = includes.expand(file, a.name, a.value, stack);
        if (e.kind === 'files') for (const f of e.files) read(f.text, f.rel, [...stack, f.rel]);
      }
    }
  };
  for (const { text, file } of sources) read(text, file ?? '', [file ?? '']);
  return value;
}
