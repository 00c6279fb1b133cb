import net from 'node:net';
import tls from 'node:tls';
import { X509Certificate } from 'node:crypto';

/** One certificate as served in the handshake (or read from a certs directory). */
export interface CertificateInfo {
  readonly subject: string;
  readonly issuer: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly selfSigned: boolean;
  readonly keyType: string;
  /** RSA modulus bits, or EC curve size in bits when known. */
  readonly keyBits?: number;
  readonly curve?: string;
  readonly fingerprint256: string;
  readonly source: string;
}

export interface TlsProbeResult {
  /** False when the server answered the SSLRequest with 'N' (TLS not offered). */
  readonly offered: boolean;
  readonly protocol?: string;
  readonly cipher?: string;
  /** Key-exchange group of the handshake, e.g. X25519. */
  readonly group?: string;
  readonly chain: readonly CertificateInfo[];
  /** Whether the server accepts the post-quantum hybrid group X25519MLKEM768. */
  readonly postQuantumHybrid: 'accepted' | 'refused' | 'untested';
  readonly postQuantumNote?: string;
}

const SSL_REQUEST = Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]);
export const PQ_HYBRID_GROUP = 'X25519MLKEM768';

/** Describes a DER/PEM certificate without trusting it. */
export function describeCertificate(cert: X509Certificate, source: string): CertificateInfo {
  const key = cert.publicKey;
  const details = key.asymmetricKeyDetails ?? {};
  const curve = details.namedCurve;
  const curveBits: Record<string, number> = { prime256v1: 256, secp384r1: 384, secp521r1: 521 };
  return {
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
    keyType: key.asymmetricKeyType ?? 'unknown',
    ...(details.modulusLength ? { keyBits: details.modulusLength } : {}),
    ...(curve ? { curve, keyBits: curveBits[curve] } : {}),
    fingerprint256: cert.fingerprint256,
    source
  };
}

/** Opens TCP, sends the PostgreSQL SSLRequest and resolves with the socket once 'S' arrives. */
function sslRequest(host: string, port: number, timeoutMs: number): Promise<net.Socket | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`TLS probe timed out after ${timeoutMs} ms connecting to ${host}:${port}`));
    }, timeoutMs);
    socket.once('error', err => {
      clearTimeout(timer);
      reject(err);
    });
    socket.once('connect', () => socket.write(SSL_REQUEST));
    // A listener that accepts and closes must not hold the audit for the whole connect timeout.
    const closed = () => {
      clearTimeout(timer);
      reject(
        new Error(`the server at ${host}:${port} closed the connection before answering the SSLRequest`)
      );
    };
    socket.once('close', closed);
    socket.once('data', data => {
      clearTimeout(timer);
      socket.removeListener('close', closed);
      socket.removeAllListeners('error');
      if (data[0] === 0x53) resolve(socket);
      else {
        socket.destroy();
        resolve(null);
      }
    });
  });
}

interface Handshake {
  readonly protocol?: string;
  readonly cipher?: string;
  readonly group?: string;
  readonly chain: CertificateInfo[];
}

function handshake(
  host: string,
  port: number,
  timeoutMs: number,
  servername: string | undefined,
  ecdhCurve?: string
): Promise<Handshake | null> {
  return sslRequest(host, port, timeoutMs).then(
    socket =>
      new Promise<Handshake | null>((resolve, reject) => {
        if (!socket) return resolve(null);
        const timer = setTimeout(() => {
          secure.destroy();
          reject(new Error(`TLS handshake timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        // The probe reads what the server serves; verification is the client's job, not ours.
        const secure = tls.connect({
          socket,
          rejectUnauthorized: false,
          ...(servername && net.isIP(servername) === 0 ? { servername } : {}),
          ...(ecdhCurve ? { ecdhCurve } : {})
        });
        secure.once('error', err => {
          clearTimeout(timer);
          secure.destroy();
          reject(err);
        });
        secure.once('close', () => {
          clearTimeout(timer);
          reject(new Error('the server closed the connection during the TLS handshake'));
        });
        secure.once('secureConnect', () => {
          clearTimeout(timer);
          const chain: CertificateInfo[] = [];
          const seen = new Set<string>();
          let peer = secure.getPeerCertificate(true) as tls.DetailedPeerCertificate | undefined;
          while (peer && peer.raw && !seen.has(peer.fingerprint256)) {
            seen.add(peer.fingerprint256);
            chain.push(
              describeCertificate(
                new X509Certificate(peer.raw),
                chain.length === 0 ? 'served' : 'served chain'
              )
            );
            peer = peer.issuerCertificate;
          }
          const eph = secure.getEphemeralKeyInfo() as { name?: string; type?: string } | null;
          const result: Handshake = {
            protocol: secure.getProtocol() ?? undefined,
            cipher: secure.getCipher()?.standardName ?? secure.getCipher()?.name,
            group: eph?.name ?? eph?.type,
            chain
          };
          secure.destroy();
          resolve(result);
        });
      })
  );
}

/**
 * Performs the PostgreSQL-style TLS handshake (SSLRequest, then TLS) and reports what the server
 * serves: version, cipher, key-exchange group, certificate chain, and whether the post-quantum
 * hybrid group is accepted (when this Node.js's OpenSSL can offer it).
 */
export async function probePostgresTls(
  host: string,
  port: number,
  timeoutMs: number,
  servername?: string
): Promise<TlsProbeResult> {
  const main = await handshake(host, port, timeoutMs, servername);
  if (!main) return { offered: false, chain: [], postQuantumHybrid: 'untested' };
  let postQuantumHybrid: TlsProbeResult['postQuantumHybrid'] = 'untested';
  let postQuantumNote: string | undefined;
  if (!clientSupportsGroup(PQ_HYBRID_GROUP)) {
    postQuantumNote = `this Node.js (OpenSSL ${process.versions.openssl}) cannot offer ${PQ_HYBRID_GROUP}`;
  } else {
    try {
      const pq = await handshake(host, port, timeoutMs, servername, PQ_HYBRID_GROUP);
      postQuantumHybrid = pq ? 'accepted' : 'refused';
    } catch {
      postQuantumHybrid = 'refused';
    }
  }
  return {
    offered: true,
    ...(main.protocol ? { protocol: main.protocol } : {}),
    ...(main.cipher ? { cipher: main.cipher } : {}),
    ...(main.group ? { group: main.group } : {}),
    chain: main.chain,
    postQuantumHybrid,
    ...(postQuantumNote ? { postQuantumNote } : {})
  };
}

/** OpenSSL before 3.5 does not know the ML-KEM hybrid groups; creating a context tells. */
export function clientSupportsGroup(group: string): boolean {
  try {
    tls.createSecureContext({ ecdhCurve: group });
    return true;
  } catch {
    return false;
  }
}
