// Reading request bodies for the practice portal's POST handlers (server.mjs, production.mjs,
// gstzen.mjs). Bodies are never logged.

/** Larger bodies are refused: the replicas' forms are a few fields. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads an application/x-www-form-urlencoded body; null when it is too large.
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<URLSearchParams | null>}
 */
export async function readForm(req) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += /** @type {Buffer} */ (chunk).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Reads and discards a body (a request answered without it).
 * @param {import('node:http').IncomingMessage} req
 */
export async function drain(req) {
  for await (const _ of req) {
    // discard
  }
}
