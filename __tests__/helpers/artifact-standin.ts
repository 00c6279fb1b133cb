import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Actions results service that @actions/artifact 6 talks to: the Twirp
 * CreateArtifact/FinalizeArtifact calls and the signed blob URL the zip is PUT to (block, then
 * block list). It keeps the uploaded bytes so a test can look inside.
 */
export class ArtifactStandIn {
  readonly calls: { method: string; path: string; json?: Record<string, unknown> }[] = [];
  readonly blocks: Buffer[] = [];
  url = '';
  private server?: http.Server;

  /** A runtime token with the claim the client reads its backend ids from (unsigned; nobody verifies it here). */
  static runtimeToken(): string {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b64({ alg: 'none' })}.${b64({ scp: 'Actions.ExampleScope Actions.Results:ce7f54c7-61c7-4aae-887f-30da475f5f1a:ca395085-040a-526b-2ce8-bdc85f692774' })}.sig`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', d => chunks.push(d as Buffer));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', this.url);
        const json = (data: object) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(data));
        };
        if (url.pathname.endsWith('/CreateArtifact')) {
          this.calls.push({
            method: 'CreateArtifact',
            path: url.pathname,
            json: JSON.parse(body.toString())
          });
          return json({ ok: true, signedUploadUrl: `${this.url}/blob/artifact.zip?sig=test` });
        }
        if (url.pathname.endsWith('/FinalizeArtifact')) {
          this.calls.push({
            method: 'FinalizeArtifact',
            path: url.pathname,
            json: JSON.parse(body.toString())
          });
          return json({ ok: true, artifactId: '77' });
        }
        if (url.pathname.startsWith('/blob/') && req.method === 'PUT') {
          this.calls.push({ method: `PUT ${url.searchParams.get('comp')}`, path: url.pathname });
          if (url.searchParams.get('comp') === 'block') this.blocks.push(body);
          res.writeHead(201, { etag: '"0x1"', 'x-ms-request-id': 'r', 'x-ms-version': '2024-05-04' });
          return res.end();
        }
        res.writeHead(404);
        res.end();
      });
    });
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()) ?? resolve());
  }

  /** File names inside the uploaded zip (from its central directory entries). */
  uploadedNames(): string[] {
    const zip = Buffer.concat(this.blocks);
    const names: string[] = [];
    for (let i = zip.indexOf('PK\u0001\u0002'); i >= 0; i = zip.indexOf('PK\u0001\u0002', i + 4)) {
      const len = zip.readUInt16LE(i + 28);
      names.push(zip.subarray(i + 46, i + 46 + len).toString());
    }
    return names;
  }
}
