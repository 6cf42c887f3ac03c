import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicAssetDataUrls, singleFileAssetsDefine } from '../../scripts/single-file';

const PUBLIC = join(__dirname, '..', '..', 'public');

describe('the single file’s inlined public files', () => {
  it('carries every sound file as a data: URL of the right type and the same bytes', () => {
    const assets = publicAssetDataUrls(PUBLIC);
    const sets = readdirSync(join(PUBLIC, 'sounds'));
    expect(sets.length).toBeGreaterThan(0);
    for (const set of sets) {
      for (const file of readdirSync(join(PUBLIC, 'sounds', set))) {
        const url = assets[`sounds/${set}/${file}`];
        const mime = file.endsWith('.mp3') ? 'audio/mpeg' : `audio/${file.split('.').pop()}`;
        expect(url?.startsWith(`data:${mime};base64,`)).toBe(true);
        const bytes = Buffer.from(url!.split(',')[1]!, 'base64');
        expect(bytes.equals(readFileSync(join(PUBLIC, 'sounds', set, file)))).toBe(true);
      }
    }
  });

  it('leaves icons out (the page inlines its own) and is null outside the single build', () => {
    expect(Object.keys(publicAssetDataUrls(PUBLIC)).some((key) => key.endsWith('.png'))).toBe(
      false,
    );
    expect(singleFileAssetsDefine(false, PUBLIC)).toEqual({ __SINGLE_FILE_ASSETS__: 'null' });
  });
});
