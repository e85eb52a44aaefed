// fetch for the API clients that answer threads call on every question (the OpenAI SDK, Slack's Web API), over
// node:http and node:https. Node 20's own fetch (undici behind WHATWG streams) cost 0.9-1.7 ms of CPU per loopback
// POST here against 0.2-0.5 ms for node:http (client and server in one process), and an answered Slack question makes
// four requests (bench/answer-cpu.ts shows the difference on the answer path). Only what those clients send is handled: a string, bytes or URLSearchParams body, answered in full. Anything
// else (a form, a stream, a Request object, another scheme), and a redirect, goes to the global fetch unchanged.
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NO_BODY = new Set([101, 204, 205, 304]);
const decoders: Record<string, (data: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** The body as bytes with the content type fetch would give it; undefined for a body this fetch does not send. */
function bodyOf(body: RequestInit['body']): { bytes?: Buffer; type?: string } | undefined {
  if (body === undefined || body === null) return {};
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { bytes: Buffer.from(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body) };
  if (ArrayBuffer.isView(body)) return { bytes: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
  return undefined;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Same signature and results as the global fetch for the requests described above. */
export function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  if (typeof input !== 'string' && !(input instanceof URL)) return fetch(input, init);
  const url = new URL(input);
  const body = bodyOf(init.body);
  const agent = url.protocol === 'http:' || url.protocol === 'https:' ? agents[url.protocol] : undefined;
  if (!body || !agent) return fetch(input, init);
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(abortReason(signal));

  const headers: Record<string, string> = {};
  for (const [name, value] of new Headers(init.headers)) headers[name] = value;
  if (body.type && headers['content-type'] === undefined) headers['content-type'] = body.type;
  if (body.bytes) headers['content-length'] = String(body.bytes.length);
  headers.accept ??= '*/*';
  headers['user-agent'] ??= 'node';

  return new Promise<Response>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: init.method ?? 'GET',
      headers,
      agent,
    });
    const onAbort = () => {
      request.destroy();
      reject(abortReason(signal as AbortSignal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => signal?.removeEventListener('abort', onAbort);
    const fail = (error: Error) => {
      done();
      reject(new TypeError('fetch failed', { cause: error }));
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && init.redirect !== 'manual' && response.headers.location) {
        response.resume();
        done();
        resolve(fetch(input, init));
        return;
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('aborted', () => fail(new Error('the response was cut off')));
      response.on('end', async () => {
        done();
        try {
          const raw = Buffer.concat(chunks);
          const encoding = String(response.headers['content-encoding'] ?? '').toLowerCase();
          const decode = decoders[encoding];
          const data = decode && raw.length > 0 ? await decode(raw) : raw;
          const responseHeaders = new Headers();
          for (let index = 0; index + 1 < response.rawHeaders.length; index += 2) {
            responseHeaders.append(response.rawHeaders[index] as string, response.rawHeaders[index + 1] as string);
          }
          const result = new Response(NO_BODY.has(status) || init.method === 'HEAD' ? null : data, {
            status,
            statusText: response.statusMessage ?? '',
            headers: responseHeaders,
          });
          Object.defineProperty(result, 'url', { value: url.href });
          resolve(result);
        } catch (error) {
          reject(new TypeError('fetch failed', { cause: error }));
        }
      });
    });
    request.end(body.bytes);
  });
}
