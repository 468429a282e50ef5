import { z } from 'zod/mini';

/**
 * AES-GCM (256-bit key, fresh random 96-bit IV on every write) for the copy of the credential
 * sets kept in storage.local. The additional data binds a ciphertext to its purpose, so a blob
 * cannot be replayed into another slot should one ever be added.
 */
const ALGORITHM = 'AES-GCM';
const IV_BYTES = 12;
const ADDITIONAL_DATA = new TextEncoder().encode('einvoice-assistant/credential-sets/v1');

/** What storage.local holds: never the plaintext, only these base64 strings. */
export const encryptedBlobSchema = z.object({
  v: z.literal(1),
  iv: z.string().check(z.minLength(1), z.maxLength(64)),
  data: z.string().check(z.minLength(1)),
});
export type EncryptedBlob = z.infer<typeof encryptedBlobSchema>;

export function createVaultKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: ALGORITHM, length: 256 }, false, ['encrypt', 'decrypt']);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function encryptJson(key: CryptoKey, value: unknown): Promise<EncryptedBlob> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const plaintext = new TextEncoder().encode(JSON.stringify(value));
  const ciphertext = await crypto.subtle.encrypt(
    { name: ALGORITHM, iv, additionalData: ADDITIONAL_DATA },
    key,
    plaintext,
  );
  return { v: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(ciphertext)) };
}

/** Returns the decrypted JSON value; throws if the key is wrong or the blob was tampered with. */
export async function decryptJson(key: CryptoKey, blob: EncryptedBlob): Promise<unknown> {
  const iv = fromBase64(blob.iv);
  if (iv.length !== IV_BYTES) throw new Error('Stored IV has the wrong length.');
  const plaintext = await crypto.subtle.decrypt(
    { name: ALGORITHM, iv, additionalData: ADDITIONAL_DATA },
    key,
    fromBase64(blob.data),
  );
  return JSON.parse(new TextDecoder().decode(plaintext)) as unknown;
}
