// The PNG of the map, made in the browser from the SVG markup of the map's scene, the same markup
// the page's map shows (the PDF is drawn as vector graphics, mapPdf.ts), so it works in the table
// view too, where no map is on the page. The SVG carries its colours as attributes. It goes to the
// image as a data: URL: the CSP allows those for images (img-src 'self' data:).

// Chromium refuses canvases wider than 32,767 px; stay well below so a 60-step map still renders.
const MAX_CANVAS = 16_000;

export async function svgToCanvas(
  xml: string,
  width: number,
  height: number,
  scale = 2,
): Promise<HTMLCanvasElement> {
  const factor = Math.min(scale, MAX_CANVAS / width, MAX_CANVAS / height);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * factor);
  canvas.height = Math.round(height * factor);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d context unavailable');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas;
}

export function download(href: string, filename: string): void {
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Downloads bytes made in the page through a same-origin blob: address, freed once it has started. */
export function downloadBytes(bytes: Uint8Array, type: string, filename: string): void {
  // A copy: Blob takes only bytes on a plain ArrayBuffer, and pdf-lib does not promise one.
  const href = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
  download(href, filename);
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
