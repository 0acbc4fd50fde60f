// PNG and PDF of the map, made in the browser from the same SVG the page shows. The SVG carries its
// colours as attributes, so serialising it loses nothing. data: URLs only: the CSP allows them for
// images (img-src 'self' data:), and downloads need no other origin.

// Chromium refuses canvases wider than 32,767 px; stay well below so a 60-step map still renders.
const MAX_CANVAS = 16_000;

export async function svgToCanvas(svg: SVGSVGElement, scale = 2): Promise<HTMLCanvasElement> {
  const width = svg.width.baseVal.value;
  const height = svg.height.baseVal.value;
  const factor = Math.min(scale, MAX_CANVAS / width, MAX_CANVAS / height);
  const xml = new XMLSerializer().serializeToString(svg);
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

// The standard PDF fonts speak WinAnsi only; anything else (arrows, emoji) would throw.
const winAnsi = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '-');

/**
 * An A4-landscape PDF: the title and how much is grounded on top, the map below, cut into as many
 * pages as its width needs at a readable size (rather than one unreadably small page).
 */
export async function mapToPdf(canvas: HTMLCanvasElement, title: string, lines: string[]): Promise<string> {
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(title));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight, margin, header] = [842, 595, 28, 64];
  const scale = Math.min(1, (pageHeight - 2 * margin - header) / canvas.height) * 1;
  const sliceWidth = Math.floor((pageWidth - 2 * margin) / scale);
  const pages = Math.max(1, Math.ceil(canvas.width / sliceWidth));
  for (let i = 0; i < pages; i++) {
    const slice = document.createElement('canvas');
    slice.width = Math.min(sliceWidth, canvas.width - i * sliceWidth);
    slice.height = canvas.height;
    const context = slice.getContext('2d')!;
    // JPEG has no transparency: paint the page white first, or the map's background turns black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, slice.width, slice.height);
    context.drawImage(canvas, -i * sliceWidth, 0);
    // JPEG, not PNG (issue 5: PDF under 2 s): pdf-lib copies a JPEG's bytes as they are, but
    // decodes and re-compresses a PNG in JavaScript, which took most of the ≈ 3 s for 60 steps.
    // At twice the print size and quality 0.92 the text stays sharp.
    const image = await pdf.embedJpg(slice.toDataURL('image/jpeg', 0.92));
    const page = pdf.addPage([pageWidth, pageHeight]);
    page.drawText(winAnsi(`${title}${pages > 1 ? ` (${i + 1}/${pages})` : ''}`), {
      x: margin,
      y: pageHeight - margin - 14,
      size: 14,
      font: bold,
      color: rgb(0.1, 0.1, 0.1),
    });
    lines.forEach((line, j) =>
      page.drawText(winAnsi(line), { x: margin, y: pageHeight - margin - 32 - j * 12, size: 9, font }),
    );
    const h = slice.height * scale;
    page.drawImage(image, {
      x: margin,
      y: pageHeight - margin - header - h,
      width: slice.width * scale,
      height: h,
    });
  }
  return pdf.saveAsBase64({ dataUri: true });
}
