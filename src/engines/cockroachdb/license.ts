import type { CrdbLicense } from './facts.js';

/**
 * Decodes an `enterprise.license` value locally, as cockroach pkg/ccl/utilccl/licenseccl/license.go
 * does: `crl-0-` then unpadded standard base64 of the License protobuf (license.proto:
 * 1 repeated bytes cluster_id (UUIDs), 2 int64 valid_until_unix_sec, 3 enum type, 4 string
 * organization_name). Newer builds add fields and types; unknown fields are skipped. The key is
 * never returned or printed.
 */
const TYPES = ['NonCommercial', 'Enterprise', 'Evaluation'];

export function decodeLicense(value: string): CrdbLicense {
  if (value === '') return { state: 'none' };
  if (!value.startsWith('crl-0-')) return { state: 'invalid' };
  const b64 = value.slice(6);
  if (!/^[A-Za-z0-9+/]*$/.test(b64)) return { state: 'invalid' };
  const data = Buffer.from(b64, 'base64');
  const clusterIds: string[] = [];
  let validUntil = 0n;
  let type = 0;
  let organization = '';
  let pos = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= data.length || shift > 63n) throw new Error('truncated varint');
      const byte = data[pos++];
      result |= BigInt(byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7n;
    }
  };
  try {
    while (pos < data.length) {
      const key = Number(varint());
      const field = key >>> 3;
      const wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (field === 2) validUntil = BigInt.asIntN(64, v);
        else if (field === 3) type = Number(v);
      } else if (wire === 2) {
        const len = Number(varint());
        if (pos + len > data.length) throw new Error('truncated field');
        const bytes = data.subarray(pos, pos + len);
        pos += len;
        if (field === 1) clusterIds.push(uuid(bytes));
        else if (field === 4) organization = bytes.toString('utf8');
      } else if (wire === 5) pos += 4;
      else if (wire === 1) pos += 8;
      else throw new Error('bad wire type');
    }
  } catch {
    return { state: 'invalid' };
  }
  return {
    state: 'present',
    type: TYPES[type] ?? `type ${type}`,
    validUntil: validUntil > 0n ? new Date(Number(validUntil) * 1000).toISOString() : null,
    organization,
    clusterIds
  };
}

function uuid(b: Buffer): string {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Whether a CCL-era node accepts the licence for enterprise features (License.Check in the same
 * file): an end date in the past fails it (older builds let an Enterprise licence run past its date
 * as a grace period, so that case is `maybe`), and so does a cluster id list without this cluster
 * or, with no list, an organisation that differs from cluster.organization (case-insensitive).
 */
export function cclLicenceAccepted(
  l: CrdbLicense,
  at: Date,
  clusterId: string | undefined,
  organization: string | undefined
): { accepted: true | false | 'maybe'; why: string } {
  if (l.state === 'none') return { accepted: false, why: 'no enterprise licence is installed' };
  if (l.state === 'invalid')
    return { accepted: false, why: 'enterprise.license does not decode as a licence' };
  if (l.validUntil && Date.parse(l.validUntil) < at.getTime()) {
    const day = l.validUntil.slice(0, 10);
    return l.type === 'Enterprise'
      ? {
          accepted: 'maybe',
          why: `the Enterprise licence expired on ${day} (some releases allow a grace period)`
        }
      : { accepted: false, why: `the ${l.type} licence expired on ${day}` };
  }
  if (l.clusterIds && l.clusterIds.length) {
    if (!clusterId)
      return { accepted: 'maybe', why: 'the cluster id could not be read to match the licence' };
    if (!l.clusterIds.includes(clusterId.toLowerCase()))
      return {
        accepted: false,
        why: `the licence is for ${l.clusterIds.length === 1 ? 'another cluster' : 'other clusters'}, not ${clusterId}`
      };
    return { accepted: true, why: 'the licence is valid for this cluster' };
  }
  if (organization === undefined)
    return { accepted: 'maybe', why: 'cluster.organization could not be read to match the licence' };
  if ((l.organization ?? '').toLowerCase() !== organization.toLowerCase())
    return {
      accepted: false,
      why: `the licence is for organization ${JSON.stringify(l.organization)}, cluster.organization is ${JSON.stringify(organization)}`
    };
  return { accepted: true, why: 'the licence is valid for this organization' };
}
