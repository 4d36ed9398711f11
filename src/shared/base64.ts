/**
 * Bytes as base64 text, for what crosses the extension's message channel: Chromium serialises
 * messages as JSON, where a Uint8Array would arrive as an object of numbered keys. The native
 * `Uint8Array.fromBase64`/`toBase64` where the browser has them (Chromium 140, Firefox 133),
 * `atob`/`btoa` otherwise.
 */

interface Base64Native {
  fromBase64?: (text: string) => Uint8Array;
}

/** Chunk of bytes per `String.fromCharCode` call: spreading more would overflow the stack. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as Base64Native).fromBase64;
  if (typeof native === 'function') return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
