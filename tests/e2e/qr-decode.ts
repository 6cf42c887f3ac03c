import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

// Reads QR codes back the way a phone's camera would: from pixels on the screen. A screenshot of
// each drawn code is decoded by jsQR (a decoder from npm, not the app's encoder), and its bytes
// read as UTF-8, as phones do.

export function decodePng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  return found ? Buffer.from(found.binaryData).toString('utf8') : null;
}

/** Screenshots every code in `codes` and decodes it; also saves each screenshot under `saveAs`. */
export async function decodeAll(codes: Locator, saveAs: (index: number) => string) {
  const texts: string[] = [];
  for (let index = 0; index < (await codes.count()); index += 1) {
    const png = await codes.nth(index).screenshot({ path: saveAs(index) });
    const text = decodePng(png);
    if (text === null) throw new Error(`code ${index + 1} could not be read from its screenshot`);
    texts.push(text);
  }
  return texts;
}
