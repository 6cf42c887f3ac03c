// Types for scripts/bench/composition.mjs, which tests/scripts/bench.test.ts imports.
export interface SourceMapLike {
  sources: string[];
  mappings: string;
}

export interface Part {
  group: string;
  raw: number;
  gzip: number;
}

export const UNMAPPED: string;
export function groupOf(source: string): string;
export function folderOf(group: string): string;
export function attribute(code: string, map: SourceMapLike): Part[];
export function measureComposition(
  root: string,
  outDir: string,
  findInitialChunks: (distDir: string) => Promise<string[]>,
): Promise<{ chunks: string[]; note: string; byFolder: Part[]; byFile: Part[] }>;
