/** `db-posture --help`: every command, flag, environment variable and exit code. */
export const HELP = `db-posture — audit the security posture of a database cluster

Usage:
  db-posture audit --url <connection string> [options]
  db-posture audit --cloud-api-key <key> --cloud-cluster-id <id> [--url <connection string>] [options]
  db-posture audit --couchbase-url <url> --couchbase-username <user> [options]
  db-posture baseline --from <report.json> [--out <new file> | --update <file> [--prune]]
  db-posture baseline review --head <new.yml> [--base <old.yml>] [--report <report.json>]
  db-posture diff --base <report.json> --head <report.json> [--format markdown,json] [--out <dir>]
  db-posture audit --targets <fleet.yml> [--parallel 4] [options]
  db-posture merge <report.json...> | --from-dir <dir> [merge options]
  db-posture targets --matrix <fleet.yml> [--shard i/n]
  db-posture scan [paths...] [scan options]
  db-posture rules test [dir ...] [--posture <report.json>] [--junit <file>] [--sarif <file>]
  db-posture hunt --logs <file|glob> [--rules <dir>] [--since <time>] [--format markdown,json,sarif]
  (db-posture rules --help and db-posture hunt --help list their options)
  db-posture --help | --version

audit options:
  --url <url>                 PostgreSQL connection string (postgresql://user:pass@host:port/db?sslmode=...).
                              May come from DB_POSTURE_URL instead (keeps the password out of shell history).
  --engine <e>                auto (default) | postgres | cockroachdb | couchbase
  --deployment <d>            auto (default) | cloud | self-hosted
  --environment <env>         production (default) | staging | development | sandbox
  --compliance <list>         comma list of soc2, hipaa, pci-dss, iso27001, gdpr (default: none)
  --data-sensitivity <s>      pii-phi | financial | internal (default) | public
  --name <alias>              target name used in reports, file names and baseline matching
                              (default: <host>-<database>)
  --baseline <file>           baseline file with waivers and attestations
                              (default: .github/db-posture-baseline.yml when it exists)
  --fail-on-stale             stale waivers (matching no finding) fail the gate
  --max-waiver-days <n>       longest allowed waiver/attestation expiry from today (default 365)
  --format <list>             comma list of markdown, json, sarif, junit (default: markdown,json)
  --out <dir>                 report directory (default: reports)
  --fail-on <level>           fail (default) | warn | unknown | never (unknown: FAIL and UNKNOWN block)
  --compare-to <report.json>  reference JSON report of the same target: "Since" section, change
                              marks, comparedTo in the JSON, SARIF baselineState (the action's
                              compare-to: auto finds it in earlier runs; the CLI takes a file)
  --fail-on-new-only          only findings new or worse than in --compare-to's report block;
                              expired waivers and an incomplete audit still fail
  --rules <dir>               detection rules: the markdown gets a "Detection coverage" section
                              listing each rule blind on this cluster and why (never changes the gate)
  --concurrency <n>           databases visited at once, 1-32 (default 4; one connection each)
  --connect-timeout <ms>      connection timeout (default 10000)
  --statement-timeout <ms>    per-statement timeout on the server (default 15000)
  --quiet                     no progress and no summary on the terminal

  CockroachDB (SQL over --url, and the Cloud API for Cloud clusters):
  --cloud-api-key <key>       Cloud API secret key (or DB_POSTURE_CLOUD_API_KEY); with --cloud-cluster-id
  --cloud-cluster-id <id>     the Cloud cluster id; the deployment is then cloud
  --cloud-api-url <url>       Cloud API base URL (default https://cockroachlabs.cloud)
  --certs-dir <dir>           a certs directory whose certificates crdb/tls judges too

  Couchbase Server (REST API, GET requests only):
  --couchbase-url <url>       http://host:8091 or https://host:18091
  --couchbase-username <u>    a read-only security user: ro_admin on 7.6, ro_security_admin on 8.0+
  --couchbase-ca <file>       PEM of the CA that signed the cluster certificate (https)
                              The password comes from DB_POSTURE_COUCHBASE_PASSWORD.

  Reports are written to <out>/security-audit-<name>-<YYYY-MM-DD>-<seq>.md with the other formats
  beside it (.json, .sarif, .junit.xml). SARIF 2.1.0 is for code scanning; JUnit XML for CI test
  reports (GitLab, Jenkins): a finding that blocks the gate is a failed test case.
  The audit is read-only: sessions are forced read-only and no object is ever created.

baseline options:
  --from <report.json>        a JSON report written by db-posture audit or db-posture scan --format json
                              (scan findings become waivers with target scan)
  --out <file>                a new file for the baseline (default: stdout); never overwrites. Each
                              unwaived FAIL becomes a waiver with empty reason and owner, for a person.
  --update <file>             merge into an existing baseline: entries, comments and order are kept,
                              a waiver stub is appended per unwaived FAIL; each change is listed
  --prune                     with --update: remove this target's waivers that match no WARN/FAIL

baseline review options (exit 0; what a pull request to the baseline accepts):
  --base <old.yml>            the file before the change (omit when the file is new)
  --head <new.yml>            the file after the change
  --report <report.json>      flag waivers that match no WARN/FAIL finding of this report
  --compliance <list>         flag waivers on families these frameworks lock (default: the report's)
  --max-waiver-days <n>       flag expiries further ahead (default 365)
  --format <f>                markdown (default) | json

diff options (exit 0; new, resolved, changed and unchanged findings of one target):
  --base <report.json>        the reference audit (JSON report)
  --head <report.json>        the newer audit of the same target and engine
  --format <list>             markdown (default), json, or both with --out
  --out <dir>                 write diff-<name>-<base date>-to-<head date>.md/.json there (default: stdout)

scan options (README "Configuration scan"; no connection; exit 1 when the gate fails, 2 bad input,
  3 when a file could not be judged):
  files: pg_hba*.conf, postgresql.conf / postgresql.auto.conf, *.sql, *.tf and *.tf.json (one
  module per directory, with terraform.tfvars / *.auto.tfvars), terraform show -json plans
  (*.tfplan.json, plan.json)
  --format <f>                markdown (default) | json | sarif | junit
  --out <file>                write the report there (default: stdout)
  --baseline <file>           waivers (target: scan, object: the finding's key without its check id);
                              default <root>/.github/db-posture-baseline.yml when it exists. Checked
                              before scanning; a waived FAIL passes, an expired waiver fails, expired
                              and stale waivers are listed on stderr
  --fail-on <level>           fail (default) | warn | unknown | never: which unwaived findings fail the
                              scan (exit 1); an expired waiver fails it too, except with never
  --fail-on-stale             stale scan waivers (matching no finding) fail the scan (exit 1)
  --include/--exclude <glob>  repeatable; .gitignore is always honoured
  --root <dir>                repository root paths are relative to (default: cwd)
  --pg-version <n>            server defaults for settings a file leaves out (13-17, default 17)
  --engine <e>                SQL dialect of every .sql file: postgres | cockroachdb (default: detected
                              per file from CockroachDB-only statements such as SET CLUSTER SETTING)

fleet (see README "Fleets"):
  --targets <fleet.yml>       audit every target of a targets file (secrets by environment variable name
                              only), then write the fleet report; exit 3 if one could not be audited,
                              1 if one failed, 0 otherwise
  --parallel <n>              targets audited at once, 1-64 (default 4)
  merge: --from-dir <dir>     merge every security-audit-*.json below dir (repeatable), or name files
  --out <dir>                 where fleet-report-<date>.md/.json/.sarif go (default: reports)
  --format <list>             markdown, json, sarif (default: markdown,json)
  --max-age <duration>        reports older than this are outdated and fail the fleet (default 48h)
  --compare-to <fleet.json>   a previous fleet report: list what changed fleet-wide
  --duplicates <p>            two reports for one target: error (default) | latest
  --targets <fleet.yml>       (merge) the targets expected: one without a report is missing
  --fail-on <level>           (merge) fail (default) | never; missing/outdated always exit 3
  targets: --matrix <file>    print the JSON for strategy.matrix; --shard i/n past 256 targets

Environment:
  DB_POSTURE_URL              connection string (when --url is not given)
  DB_POSTURE_CLOUD_API_KEY    CockroachDB Cloud API key (when --cloud-api-key is not given)
  DB_POSTURE_COUCHBASE_PASSWORD  Couchbase password

Exit codes:
  0  the gate passed
  1  the gate failed: an unwaived FAIL (or WARN with --fail-on warn), or an expired waiver
  2  usage or configuration error (bad flag or value, bad baseline file); nothing was audited
  3  the target could not be audited (unreachable, authentication failed, TLS refused)
  4  internal error in db-posture
`;
