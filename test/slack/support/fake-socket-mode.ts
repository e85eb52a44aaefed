// A fake Socket Mode endpoint: the smallest WebSocket server that speaks to the SDK's client (text frames, ping/pong),
// sends "hello", delivers envelopes and records the acknowledgements that come back.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x80 | opcode, length])
      : length < 65_536
        ? Buffer.from([0x80 | opcode, 126, length >> 8, length & 0xff])
        : Buffer.concat([
            Buffer.from([0x80 | opcode, 127]),
            Buffer.from(new BigUint64Array([BigInt(length)]).buffer).reverse(),
          ]);
  return Buffer.concat([header, payload]);
}

export class FakeSocketMode {
  /** Acknowledgements received, with when they came. */
  readonly acks: { envelopeId: string; at: number; payload: unknown }[] = [];
  private socket: Duplex | undefined;
  private buffer = Buffer.alloc(0);
  private connected: (() => void) | undefined;
  readonly ready: Promise<void>;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {
    this.ready = new Promise((resolve) => {
      this.connected = resolve;
    });
  }

  static async start(): Promise<FakeSocketMode> {
    const server = createServer((_request, response) => response.writeHead(404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const fake = new FakeSocketMode(server, `ws://127.0.0.1:${port}/link`);
    server.on('upgrade', (request, socket) => fake.accept(request.headers['sec-websocket-key'] ?? '', socket));
    return fake;
  }

  send(message: unknown): void {
    this.socket?.write(frame(0x1, Buffer.from(JSON.stringify(message))));
  }

  /** Delivers an Events API payload as Slack does over Socket Mode. */
  deliverEvent(envelopeId: string, payload: unknown, retryAttempt = 0): void {
    this.send({
      envelope_id: envelopeId,
      type: 'events_api',
      payload,
      accepts_response_payload: false,
      retry_attempt: retryAttempt,
      retry_reason: retryAttempt ? 'timeout' : '',
    });
  }

  async close(): Promise<void> {
    this.socket?.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(key: string, socket: Duplex): void {
    const accept = createHash('sha1')
      .update(key + GUID)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => {});
    this.send({
      type: 'hello',
      num_connections: 1,
      connection_info: { app_id: 'A0RESSEC01' },
      debug_info: { host: 'fake' },
    });
    this.connected?.();
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 2) {
      const opcode = (this.buffer[0] ?? 0) & 0x0f;
      let length = (this.buffer[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + 4 + length) return;
      const mask = this.buffer.subarray(offset, offset + 4);
      const payload = Buffer.from(this.buffer.subarray(offset + 4, offset + 4 + length));
      for (let index = 0; index < payload.length; index += 1)
        payload[index] = (payload[index] ?? 0) ^ (mask[index % 4] ?? 0);
      this.buffer = this.buffer.subarray(offset + 4 + length);
      if (opcode === 0x9) this.socket?.write(frame(0xa, payload));
      if (opcode === 0x8) this.socket?.end();
      if (opcode === 0x1) {
        const message = JSON.parse(payload.toString()) as { envelope_id: string; payload?: unknown };
        this.acks.push({ envelopeId: message.envelope_id, at: Date.now(), payload: message.payload });
      }
    }
  }
}
