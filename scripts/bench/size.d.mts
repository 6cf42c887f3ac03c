// Types for scripts/bench/size.mjs, which tests/scripts/bench.test.ts imports.
export function referencedByHtml(html: string): Set<string>;
export function staticImports(code: string, fromFile: string): Set<string>;
export function initialFiles(distDir: string): Promise<string[]>;
export function measureSize(distDir: string): Promise<Record<string, unknown>>;
