// Opening an uploaded log file: gzip is recognised by its magic bytes, not by the file name.
import { createReadStream, type ReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';

export async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** The file's (decompressed) bytes, and the raw file stream whose bytesRead shows progress. */
export async function openLogFile(path: string): Promise<{ stream: Readable; file: ReadStream }> {
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  if (!(await isGzip(path))) return { stream: file, file };
  const gunzip = createGunzip({ chunkSize: 1 << 20 });
  file.on('error', (err) => gunzip.destroy(err));
  return { stream: file.pipe(gunzip), file };
}
