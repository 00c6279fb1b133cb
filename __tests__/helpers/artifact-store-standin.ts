import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Actions results service with memory: @actions/artifact 6 uploads
 * through it (CreateArtifact, block PUTs and block list to the signed URL, FinalizeArtifact) and
 * then lists and downloads what was uploaded (ListArtifacts, GetSignedArtifactURL, GET of the zip),
 * the calls the fleet merge makes. Ids count up like GitHub's database ids.
 */
interface Stored {
  id: number;
  name: string;
  zip: Buffer;
  createdAt: string;
  blocks: Map<string, Buffer>;
}

const BACKEND = {
  workflowRunBackendId: 'ce7f54c7-61c7-4aae-887f-30da475f5f1a',
  workflowJobRunBackendId: 'ca395085-040a-526b-2ce8-bdc85f692774'
};

export class ArtifactStoreStandIn {
  readonly artifacts: Stored[] = [];
  readonly calls: string[] = [];
  url = '';
  private server?: http.Server;
  private nextId = 500;

  /** A runtime token carrying the backend ids the client reads (unsigned; nobody verifies it here). */
  static runtimeToken(): string {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    return `${b64({ alg: 'none' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:${BACKEND.workflowRunBackendId}:${BACKEND.workflowJobRunBackendId}` })}.sig`;
  }

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', d => chunks.push(d as Buffer));
      req.on('end', () => this.handle(req, Buffer.concat(chunks), res));
    });
    await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>(resolve => this.server?.close(() => resolve()) ?? resolve());
  }

  private handle(req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const json = (data: object) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(data));
    };
    const twirp = /\.ArtifactService\/(\w+)$/.exec(url.pathname)?.[1];
    if (twirp) {
      this.calls.push(twirp);
      const request = JSON.parse(body.toString() || '{}') as Record<string, unknown>;
      if (twirp === 'CreateArtifact') {
        const stored: Stored = {
          id: this.nextId++,
          name: String(request.name),
          zip: Buffer.alloc(0),
          createdAt: new Date().toISOString(),
          blocks: new Map()
        };
        this.artifacts.push(stored);
        return json({ ok: true, signedUploadUrl: `${this.url}/blob/${stored.id}.zip?sig=up` });
      }
      if (twirp === 'FinalizeArtifact') {
        const stored = [...this.artifacts].reverse().find(a => a.name === request.name);
        return json({ ok: true, artifactId: String(stored?.id ?? 0) });
      }
      if (twirp === 'ListArtifacts') {
        // The client sends proto field names (useProtoFieldName).
        const idFilter = request.id_filter as string | undefined;
        const nameFilter = request.name_filter as string | undefined;
        const list = this.artifacts
          .filter(a => idFilter === undefined || String(a.id) === String(idFilter))
          .filter(a => nameFilter === undefined || a.name === nameFilter)
          .map(a => ({
            ...BACKEND,
            databaseId: String(a.id),
            name: a.name,
            size: String(a.zip.length),
            createdAt: a.createdAt
          }));
        return json({ artifacts: list });
      }
      if (twirp === 'GetSignedArtifactURL') {
        const stored = [...this.artifacts].reverse().find(a => a.name === request.name);
        return json({ signedUrl: `${this.url}/blob/${stored?.id ?? 0}.zip?sig=down` });
      }
    }
    const blob = /^\/blob\/(\d+)\.zip$/.exec(url.pathname);
    const stored = blob ? this.artifacts.find(a => a.id === Number(blob[1])) : undefined;
    if (stored && req.method === 'PUT') {
      const comp = url.searchParams.get('comp');
      if (comp === 'block') stored.blocks.set(url.searchParams.get('blockid') ?? '', body);
      if (comp === 'blocklist') {
        const ids = [...body.toString().matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map(
          m => m[1]
        );
        stored.zip = Buffer.concat(ids.map(id => stored.blocks.get(id) ?? Buffer.alloc(0)));
      }
      if (comp === null) stored.zip = body;
      res.writeHead(201, { etag: '"0x1"', 'x-ms-request-id': 'r', 'x-ms-version': '2024-05-04' });
      res.end();
      return;
    }
    if (stored && req.method === 'GET') {
      this.calls.push('download');
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(stored.zip.length) });
      res.end(stored.zip);
      return;
    }
    this.calls.push(`unmatched ${req.method} ${url.pathname}${url.search}`);
    res.writeHead(404);
    res.end();
  }
}
