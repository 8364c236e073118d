/**
 * A minimal Language Server Protocol client over stdio (JSON-RPC with `Content-Length` frames),
 * enough to drive a real language server such as `yaml-language-server` from a test: requests,
 * notifications, and answers to the server's own requests (`workspace/configuration`).
 *
 * @module
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

/** Answers a request the server sends to the client; `undefined` answers `null`. */
export type ServerRequestHandler = (method: string, params: unknown) => unknown;

/** A running language server. */
export interface LspClient {
  /** Sends a request and waits for its result. */
  request<T = unknown>(method: string, params: unknown): Promise<T>;
  /** Sends a notification. */
  notify(method: string, params: unknown): void;
  /** Shuts the server down and ends its process. */
  close(): Promise<void>;
}

/** Starts `node script ...args` as a language server speaking LSP on stdio. */
export function startLsp(script: string, args: readonly string[], onServerRequest: ServerRequestHandler = () => null): LspClient {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [script, ...args], { stdio: 'pipe' });
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let buffer = Buffer.alloc(0);
  const send = (message: Record<string, unknown>): void => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as {
        id?: number;
        method?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
      };
      buffer = buffer.subarray(end + 4 + length);
      if (message.method !== undefined && message.id !== undefined) {
        send({ id: message.id, result: onServerRequest(message.method, message.params) ?? null });
      } else if (message.id !== undefined && pending.has(message.id)) {
        const p = pending.get(message.id)!;
        pending.delete(message.id);
        if (message.error !== undefined) p.reject(new Error(message.error.message));
        else p.resolve(message.result);
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  child.on('exit', () => {
    for (const p of pending.values()) p.reject(new Error('language server exited'));
    pending.clear();
  });
  return {
    request: <T>(method: string, params: unknown) =>
      new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        send({ id, method, params });
      }),
    notify: (method, params) => send({ method, params }),
    close: async () => {
      try {
        await Promise.race([
          (async () => {
            const id = nextId++;
            await new Promise((resolve, reject) => {
              pending.set(id, { resolve, reject });
              send({ id, method: 'shutdown', params: null });
            });
            send({ method: 'exit', params: null });
          })(),
          new Promise((resolve) => setTimeout(resolve, 2000)),
        ]);
      } catch {
        // the server is gone already
      }
      child.kill();
      await exited;
    },
  };
}
