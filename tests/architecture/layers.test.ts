import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The one-way imports are kept by ESLint; these tests make sure the rule keeps seeing them
// (a missing resolver once made it silently pass everything).
const eslint = new ESLint({ cwd: process.cwd() });

// The first lint loads the parser, the resolver and every plugin: seconds on a busy machine, so
// it happens here, outside the time any one test is given.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/probe.ts' });
}, 60_000);

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? 'parse-error');
}

// The first lint loads the TypeScript parser and the resolver, seconds on a busy machine: done
// once here, so no test's time limit depends on the machine's speed.
beforeAll(async () => {
  await ruleIdsFor('src/clinic/probe.ts', 'export const probe = 1;\n');
}, 120_000);

describe('import direction', () => {
  it('the domain may not import the store', async () => {
    const ids = await ruleIdsFor(
      'src/clinic/probe.ts',
      "import { createClinicStore } from '../store/clinic-store';\nexport const probe = createClinicStore;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('the domain may not import React or read the clock', async () => {
    const ids = await ruleIdsFor(
      'src/clinic/probe.ts',
      "import { useState } from 'react';\nexport const probe = [useState, Date.now()];\n",
    );
    expect(ids).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-syntax']));
  });

  it('the domain may format a given instant', async () => {
    const ids = await ruleIdsFor(
      'src/clinic/probe.ts',
      'export const probe = (at: number) => new Date(at).toISOString();\n',
    );
    expect(ids).toEqual([]);
  });

  it('a feature may not import another feature', async () => {
    const ids = await ruleIdsFor(
      'src/features/history/probe.ts',
      "import { SetupScreen } from '../setup/SetupScreen';\nexport const probe = SetupScreen;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('the store may not import a feature', async () => {
    const ids = await ruleIdsFor(
      'src/store/probe.ts',
      "import { SetupScreen } from '../features/setup/SetupScreen';\nexport const probe = SetupScreen;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('a feature may import the store and the domain', async () => {
    const ids = await ruleIdsFor(
      'src/features/history/probe.ts',
      "import { createClinic } from '../../clinic/state';\nimport { useClinic } from '../../store/store-context';\nexport const probe = [createClinic, useClinic];\n",
    );
    expect(ids).toEqual([]);
  });

  it('the clinic knows nothing of the takeaway', async () => {
    const ids = await ruleIdsFor(
      'src/clinic/probe.ts',
      "import { createNotes } from '../takeaway/notes';\nexport const probe = createNotes;\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('the takeaway may read the clinic, but not the store, React or the clock', async () => {
    expect(
      await ruleIdsFor(
        'src/takeaway/probe.ts',
        "import { createClinic } from '../clinic/state';\nexport const probe = createClinic;\n",
      ),
    ).toEqual([]);
    expect(
      await ruleIdsFor(
        'src/takeaway/probe.ts',
        "import { createClinicStore } from '../store/clinic-store';\nexport const probe = createClinicStore;\n",
      ),
    ).toContain('import-x/no-restricted-paths');
    expect(
      await ruleIdsFor(
        'src/takeaway/probe.ts',
        "import { useState } from 'react';\nexport const probe = [useState, Date.now()];\n",
      ),
    ).toEqual(expect.arrayContaining(['no-restricted-imports', 'no-restricted-syntax']));
  });
});

describe('no cycles', () => {
  it('an import back into a module that imports this one is reported', async () => {
    // state.ts imports phases.ts; a phases.ts that imported state.ts would close a loop.
    const ids = await ruleIdsFor(
      'src/clinic/phases.ts',
      "import { createClinic } from './state';\nexport const probe = createClinic;\n",
    );
    expect(ids).toContain('import-x/no-cycle');
  });
});

// Issue 12: one owner of the device's storage, one clock for the app.
describe('one storage owner, one clock', () => {
  it.each([
    ['src/app/probe.ts', 'export const probe = localStorage.getItem("x");\n'],
    ['src/store/probe.ts', 'export const probe = window.localStorage;\n'],
    ['src/features/history/probe.ts', 'export const probe = indexedDB.open("x");\n'],
  ])('%s may not touch the device storage itself', async (file, code) => {
    const ids = await ruleIdsFor(file, code);
    expect(ids.some((id) => /no-restricted-(globals|properties)/.test(id))).toBe(true);
  });

  it('the storage owner may', async () => {
    expect(
      await ruleIdsFor(
        'src/store/device-storage.ts',
        'export const probe = window.localStorage;\n',
      ),
    ).toEqual([]);
  });

  it.each([
    ['src/app/probe.ts', 'export const probe = Date.now();\n'],
    ['src/ui/probe.ts', 'export const probe = new Date();\n'],
    ['src/features/session/probe.ts', 'export const probe = performance.now();\n'],
    ['src/store/probe.ts', 'export const probe = Date.now();\n'],
  ])('%s may not read the system clock: it reads the app clock', async (file, code) => {
    expect(await ruleIdsFor(file, code)).toContain('no-restricted-syntax');
  });
});
