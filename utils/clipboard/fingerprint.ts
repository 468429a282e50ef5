/**
 * SHA-256 of a text, as 64 lowercase hex digits. The background keeps only this, never the copied
 * text, to tell later whether the clipboard still holds what we put there.
 */
export async function fingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
