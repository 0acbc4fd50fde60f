import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, gzipParts } from './compress.js';

describe('acceptsGzip', () => {
  it('reads Accept-Encoding as RFC 9110 says', () => {
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0.000, *')).toBe(false);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(['deflate', 'gzip'])).toBe(true);
  });
});

describe('gzipParts', () => {
  it('compresses the concatenation of the parts as UTF-8, whatever their sizes', async () => {
    const parts = ['{"a":"é€𝄞",', '', 'x'.repeat(200_000), '"b":[', '1,'.repeat(70_000), '2]}'];
    const zipped = await gzipParts(parts);
    expect(gunzipSync(zipped).toString('utf8')).toBe(parts.join(''));
    expect(zipped.length).toBeLessThan(parts.join('').length / 10);
  });

  it('gives a valid empty stream for no parts', async () => {
    expect(gunzipSync(await gzipParts([])).toString('utf8')).toBe('');
  });
});
