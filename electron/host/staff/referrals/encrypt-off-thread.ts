import { Worker } from 'node:worker_threads';
import { nodeRequire } from '../../../../drivers/node-require';

/**
 * Runs officecrypto-tool's `encrypt` on a worker thread. Excel's key derivation is 100,000 SHA-512 rounds,
 * several times per file: a second or more of the core's thread (3.5 s on a busy machine), during which
 * every face (the citizen at the touch screen too) would get no answer. The worker is a few lines of
 * CommonJS given as source, so the same
 * code runs from the CLI bundle, the Electron main bundle and tests; it loads the library by its resolved
 * path. Resolves with the encrypted bytes; rejects when the worker cannot run or the library refuses.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const officeCrypto = require(workerData.modulePath);
const out = officeCrypto.encrypt(Buffer.from(workerData.xlsx), { password: workerData.password });
parentPort.postMessage(out);
`;

/** Far beyond the few seconds the key derivation takes on a slow machine: a worker past it is stuck. */
const WORKER_TIMEOUT_MS = 60_000;

export function encryptOffThread(
  xlsx: Buffer, password: string, modulePath = nodeRequire().resolve('officecrypto-tool'), timeoutMs = WORKER_TIMEOUT_MS,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // The password reaches the worker in memory only (workerData is copied between threads of this process).
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { modulePath, xlsx, password } });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done();
    };
    const timer = setTimeout(() => settle(() => {
      void worker.terminate();
      reject(new Error(`the encryption worker did not finish within ${timeoutMs / 1000} s`));
    }), timeoutMs);
    worker.once('message', (bytes: Uint8Array) => settle(() => {
      resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      void worker.terminate();
    }));
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the encryption worker stopped (exit code ${code})`))));
  });
}
