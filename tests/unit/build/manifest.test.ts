import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, manifestFor } from '../../../build';
import { createHash } from 'node:crypto';

const ROOT = join(import.meta.dirname, '../../..');
const source = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;

/** Chrome derives an extension id from the SHA-256 of the public key, letters a–p for hex 0–f. */
function chromeIdFromKey(base64Key: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

describe('per-browser manifests', () => {
  it('gives Chrome a service worker and a key that pins the documented id', () => {
    const chrome = manifestFor(source, 'chrome', '1.2.3');
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chromeIdFromKey(chrome.key as string)).toBe(CHROME_EXTENSION_ID);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts and gecko settings with no data collection', () => {
    const firefox = manifestFor(source, 'firefox', '1.2.3');
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.key).toBeUndefined();
    const gecko = (firefox.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(Number.parseFloat(gecko.strict_min_version as string)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('takes its version from package.json alone', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(source.version).toBeUndefined();
    expect(manifestFor(source, 'firefox', pkg.version).version).toBe(pkg.version);
  });

  it('asks only for storage plus the content-script pages', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const manifest = manifestFor(source, browser, '0.0.0');
      expect(manifest.permissions).toEqual(['storage']);
      expect(manifest.host_permissions).toBeUndefined();
      expect(manifest.content_security_policy).toBeUndefined();
    }
  });
});
