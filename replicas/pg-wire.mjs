// The server side of the PostgreSQL wire protocol (v3), as far as a replica needs it: SSLRequest
// (TLS when a certificate is given), startup, cleartext password authentication, the simple query
// protocol, and error responses with SQLSTATE codes. Extended-protocol messages get an error.
import net from 'node:net';
import tls from 'node:tls';

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;

function message(type, body) {
  const len = Buffer.alloc(4);
  len.writeInt32BE(body.length + 4);
  return Buffer.concat([Buffer.from(type), len, body]);
}
const cstr = s => Buffer.concat([Buffer.from(String(s), 'utf8'), Buffer.from([0])]);
const int32 = n => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const int16 = n => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};

export const wire = {
  authOk: () => message('R', int32(0)),
  authCleartext: () => message('R', int32(3)),
  parameterStatus: (k, v) => message('S', Buffer.concat([cstr(k), cstr(v)])),
  backendKeyData: () => message('K', Buffer.concat([int32(process.pid), int32(4242)])),
  ready: (status = 'I') => message('Z', Buffer.from(status)),
  commandComplete: tag => message('C', cstr(tag)),
  emptyQuery: () => message('I', Buffer.alloc(0)),
  error: (code, text, severity = 'ERROR') =>
    message(
      'E',
      Buffer.concat([
        Buffer.from('S'),
        cstr(severity),
        Buffer.from('V'),
        cstr(severity),
        Buffer.from('C'),
        cstr(code),
        Buffer.from('M'),
        cstr(text),
        Buffer.from([0])
      ])
    ),
  notice: text =>
    message(
      'N',
      Buffer.concat([
        Buffer.from('S'),
        cstr('NOTICE'),
        Buffer.from('V'),
        cstr('NOTICE'),
        Buffer.from('C'),
        cstr('00000'),
        Buffer.from('M'),
        cstr(text),
        Buffer.from([0])
      ])
    ),
  /** columns: [{ name, oid }] */
  rowDescription: columns =>
    message(
      'T',
      Buffer.concat([
        int16(columns.length),
        ...columns.map(c =>
          Buffer.concat([cstr(c.name), int32(0), int16(0), int32(c.oid), int16(-1), int32(-1), int16(0)])
        )
      ])
    ),
  /** values: text or null per column */
  dataRow: values =>
    message(
      'D',
      Buffer.concat([
        int16(values.length),
        ...values.map(v => {
          if (v === null || v === undefined) return int32(-1);
          const b = Buffer.from(String(v), 'utf8');
          return Buffer.concat([int32(b.length), b]);
        })
      ])
    )
};

/** Reads length-prefixed messages from a socket; the startup phase has no type byte. */
class Reader {
  constructor(socket, onMessage) {
    this.buf = Buffer.alloc(0);
    this.startup = true;
    this.onMessage = onMessage;
    this.attach(socket);
  }
  attach(socket) {
    socket.on('data', d => {
      this.buf = Buffer.concat([this.buf, d]);
      this.drain();
    });
  }
  drain() {
    for (;;) {
      if (this.startup) {
        if (this.buf.length < 4) return;
        const len = this.buf.readInt32BE(0);
        if (this.buf.length < len) return;
        const body = this.buf.subarray(4, len);
        this.buf = this.buf.subarray(len);
        if (this.onMessage({ type: null, body }) === 'pause') return;
      } else {
        if (this.buf.length < 5) return;
        const len = this.buf.readInt32BE(1);
        if (this.buf.length < len + 1) return;
        const type = String.fromCharCode(this.buf[0]);
        const body = this.buf.subarray(5, len + 1);
        this.buf = this.buf.subarray(len + 1);
        this.onMessage({ type, body });
      }
    }
  }
}

/**
 * Starts a wire server on 127.0.0.1.
 * @param {{ port?: number, tls?: {cert: string, key: string}, credentials: {user: string, password: string},
 *   parameters: Record<string,string>, onSession: (session) => { query(sql: string): Buffer[] } }} options
 */
export async function startWireServer(options) {
  const sockets = new Set();
  const server = net.createServer(raw => {
    // Replies are many small messages: send them at once, as a database server does.
    raw.setNoDelay(true);
    sockets.add(raw);
    raw.on('close', () => sockets.delete(raw));
    raw.on('error', () => undefined);
    let socket = raw;
    let session = null;
    let startup = null;
    let awaitingPassword = false;
    let pending = Promise.resolve();
    const send = bufs => {
      for (const b of [].concat(bufs)) socket.write(b);
    };
    const reader = new Reader(raw, ({ type, body }) => {
      if (type === null) {
        const code = body.readInt32BE(0);
        if (code === SSL_REQUEST) {
          if (!options.tls) {
            socket.write('N');
            return;
          }
          socket.write('S');
          raw.removeAllListeners('data');
          const secure = new tls.TLSSocket(raw, {
            isServer: true,
            cert: options.tls.cert,
            key: options.tls.key
          });
          secure.on('error', () => undefined);
          socket = secure;
          reader.buf = Buffer.alloc(0);
          reader.attach(secure);
          return 'pause';
        }
        if (code === GSSENC_REQUEST) {
          socket.write('N');
          return;
        }
        if (code !== PROTOCOL_3) {
          send(wire.error('08P01', `unsupported frontend protocol ${code}`, 'FATAL'));
          socket.end();
          return;
        }
        const parts = body.subarray(4).toString('utf8').split('\0');
        startup = {};
        for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i]) startup[parts[i]] = parts[i + 1];
        reader.startup = false;
        awaitingPassword = true;
        send(wire.authCleartext());
        return;
      }
      if (awaitingPassword) {
        if (type !== 'p') return;
        awaitingPassword = false;
        const password = body.subarray(0, body.length - 1).toString('utf8');
        if (startup.user !== options.credentials.user || password !== options.credentials.password) {
          send(wire.error('28P01', `password authentication failed for user ${startup.user}`, 'FATAL'));
          socket.end();
          return;
        }
        session = options.onSession({
          user: startup.user,
          database: startup.database ?? '',
          options: startup.options ?? '',
          parameters: Object.fromEntries(
            Object.entries(startup).filter(([k]) => !['user', 'database', 'options'].includes(k))
          ),
          tls: socket !== raw
        });
        send([
          wire.authOk(),
          ...Object.entries(options.parameters).map(([k, v]) => wire.parameterStatus(k, v)),
          wire.backendKeyData(),
          wire.ready()
        ]);
        return;
      }
      if (type === 'Q') {
        const sql = body.subarray(0, body.length - 1).toString('utf8');
        const reply = [...session.query(sql), wire.ready()];
        // latencyMs models a network round trip (for the bench); replies keep their order.
        if (options.latencyMs) {
          pending = pending
            .then(() => new Promise(r => setTimeout(r, options.latencyMs)))
            .then(() => send(reply));
        } else send(reply);
        return;
      }
      if (type === 'X') {
        socket.end();
        return;
      }
      if (type === 'S') {
        send(wire.ready());
        return;
      }
      if (type === 'P' || type === 'B' || type === 'D' || type === 'E' || type === 'H') {
        if (type === 'P') send(wire.error('0A000', 'the replica speaks the simple query protocol only'));
        return;
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  return {
    port: server.address().port,
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise(resolve => server.close(() => resolve()));
    }
  };
}
