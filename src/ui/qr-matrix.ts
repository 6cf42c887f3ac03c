import { encode } from 'uqr';

// Loaded on demand only (a dynamic import), so the QR encoder is never in the first download.
// uqr (a port of Nayuki's reference QR generator) came out smallest of the well-kept encoders on
// npm: 3.8 KB gzip against qrcode's 8.8, qrcode-generator's 7.2 and qr's 5.8 (encoder alone).

/** The dark modules of a QR code for `text` (UTF-8, error correction M), without quiet zone. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 0 }).data;
}

/** One SVG path for all dark modules: a run of dark modules in a row becomes one rectangle. */
export function modulesPath(modules: boolean[][], offset: number): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      parts.push(`M${start + offset} ${y + offset}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}
