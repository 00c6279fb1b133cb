import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import {
  loadCouchbaseScenario,
  startCouchbaseReplica,
  type CouchbaseReplica
} from '../../replicas/couchbase.mjs';
import { auditCouchbase } from '../helpers/couchbase-run.js';
import { liveInjections, onlyInCode, renderGfm } from '../helpers/gfm.js';

/**
 * Cluster-controlled text (user, group, bucket and cluster names, LDAP group references, SAML
 * attribute names, certificate subjects, excluded audit users) reaches finding details. Rendered
 * by cmark-gfm, none of it may become a live element, link or mention.
 */
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const HOSTILE = {
  admin: '<img src=x onerror=alert(1)>',
  group: '@acme/security-team',
  ldapRef: '[click](https://evil.example/x)',
  bucket: '**bold**|pipe',
  saml: '<script>alert(1)</script>',
  excluded: '~~del~~ @acme/dbas',
  subject: 'CN=[x](javascript:alert(1))'
};

let replica: CouchbaseReplica;
let md: string;
let links: Set<string>;

beforeAll(async () => {
  const base = loadCouchbaseScenario(
    path.join(root, 'replicas/scenarios/couchbase/external-admin-paths.json')
  );
  const nodes = structuredClone(base.nodes) as { certificate: { subject: string } }[];
  nodes[0].certificate.subject = HOSTILE.subject;
  replica = await startCouchbaseReplica({
    scenario: {
      ...base,
      clusterName: HOSTILE.admin,
      nodes,
      users: [
        ...(base.users as Record<string, unknown>[]),
        { id: HOSTILE.admin, domain: 'external', roles: ['admin'], groups: [] }
      ],
      groups: [
        { id: 'secops', roles: ['security_admin'] },
        { id: HOSTILE.group, roles: ['admin'], ldapGroupRef: HOSTILE.ldapRef }
      ],
      buckets: [{ name: HOSTILE.bucket, bucketType: 'membase', encryptionAtRestKeyId: -1 }],
      saml: { ...(base.saml as object), rolesAttribute: HOSTILE.saml },
      audit: { ...(base.audit as object), disabledUsers: [{ name: HOSTILE.excluded, domain: 'external' }] }
    }
  });
  const r = await auditCouchbase(replica);
  md = r.md!;
  links = new Set(r.report!.findings.map(f => f.remediation.link));
}, 60000);

afterAll(() => replica?.stop());

describe('Couchbase: cluster-controlled text rendered by cmark-gfm', () => {
  it('every hostile value reached the report (so the assertions below can fail)', () => {
    for (const v of Object.values(HOSTILE)) expect([v, md.includes(v)]).toEqual([v, true]);
  });

  it('the report has no live element, link or mention', () => {
    expect(liveInjections(renderGfm(md), links)).toEqual([]);
  });

  it('every hostile value is shown only inside code spans', () => {
    const html = renderGfm(md);
    for (const v of Object.values(HOSTILE)) expect([v, onlyInCode(html, v)]).toEqual([v, true]);
  });
});
