import { describe, expect, it } from 'vitest';
import {
  driftMs,
  judgeFrames,
  parseShownSeconds,
  trueBoundaryFor,
  type TrueClock,
} from '../../scripts/bench/judge.mjs';
import { UNMAPPED, attribute, folderOf, groupOf } from '../../scripts/bench/composition.mjs';
import { referencedByHtml, staticImports } from '../../scripts/bench/size.mjs';

// The benchmark's own judgement: how it reads the countdown, when it calls the display right,
// and how it finds and attributes the initial JS. A wrong rule here would make every figure lie.

const START = 1_700_000_000_000;
// A five-minute phase that began running at START.
const clock: TrueClock = { runningSince: START, elapsedBeforeMs: 0, plannedMs: 300_000 };

describe('reading the countdown', () => {
  it('reads m:ss, h:mm:ss and an overtime line as whole seconds', () => {
    expect(parseShownSeconds('4:59')).toBe(299);
    expect(parseShownSeconds('12:00')).toBe(720);
    expect(parseShownSeconds('1:02:03')).toBe(3723);
    expect(parseShownSeconds('Over by 0:05')).toBe(5);
  });

  it('finds no time in a text without one', () => {
    expect(parseShownSeconds('')).toBeNull();
    expect(parseShownSeconds(null)).toBeNull();
    expect(parseShownSeconds('Paused')).toBeNull();
  });
});

describe('drift of the shown second', () => {
  it('is zero while the countdown shows the remaining time rounded up', () => {
    expect(driftMs(clock, '5:00', START)).toBe(0);
    expect(driftMs(clock, '5:00', START + 999)).toBe(0);
    expect(driftMs(clock, '4:59', START + 1000)).toBe(0);
    expect(driftMs(clock, '4:59', START + 1999)).toBe(0);
  });

  it('is positive by how long a stale second has been wrong', () => {
    // 5:00 is right until exactly one second has passed; 20 ms later it is 20 ms behind.
    expect(driftMs(clock, '5:00', START + 1020)).toBe(20);
    // Still showing 4:43 when 4:38 is right: 4.5 s behind.
    expect(driftMs(clock, '4:43', START + 22_500)).toBe(4500);
  });

  it('is negative when the display runs ahead of the truth', () => {
    expect(driftMs(clock, '4:59', START + 500)).toBe(-500);
  });

  it('counts time used before a pause', () => {
    const resumed: TrueClock = { runningSince: START, elapsedBeforeMs: 60_000, plannedMs: 300_000 };
    expect(driftMs(resumed, '4:00', START + 10)).toBe(0);
    expect(driftMs(resumed, '5:00', START + 10)).toBe(59_010);
  });

  it('puts the true change to a shown second at the instant that second begins to be right', () => {
    expect(trueBoundaryFor(clock, 299)).toBe(START + 1000);
    expect(trueBoundaryFor(clock, 0)).toBe(START + 300_000);
  });
});

describe('judging the frames after an interruption', () => {
  const endedAt = START + 40_000; // truth: 4:20 is right from START + 40 s to START + 41 s
  const frame = (afterMs: number, text: string) => ({ frameAt: endedAt + afterMs, text });

  it('calls a display right within a frame when the first frame is right', () => {
    const judged = judgeFrames(clock, endedAt, [frame(5, '4:20'), frame(21, '4:20')]);
    expect(judged.firstFrameDriftMs).toBe(0);
    expect(judged.rightAtFrame).toBe(1);
    expect(judged.rightWithinAFrame).toBe(true);
  });

  it('allows one stale first frame when the next frame is right', () => {
    const judged = judgeFrames(clock, endedAt, [
      frame(2, '4:25'),
      frame(12, '4:20'),
      frame(28, '4:20'),
    ]);
    expect(judged.firstFrameDriftMs).toBe(4002);
    expect(judged.wrongAfterFirstFrameMs).toBe(10);
    expect(judged.rightWithinAFrame).toBe(true);
  });

  it('allows a next frame that comes a little later than 1/60 s', () => {
    const judged = judgeFrames(clock, endedAt, [frame(1, '4:25'), frame(20, '4:20')]);
    expect(judged.wrongAfterFirstFrameMs).toBe(19);
    expect(judged.rightWithinAFrame).toBe(true);
  });

  it('fails a display that stays wrong longer than a frame', () => {
    const judged = judgeFrames(clock, endedAt, [
      frame(2, '4:25'),
      frame(18, '4:25'),
      frame(40, '4:20'),
    ]);
    expect(judged.rightAtFrame).toBe(3);
    expect(judged.wrongAfterFirstFrameMs).toBe(38);
    expect(judged.rightWithinAFrame).toBe(false);
    // Two stale frames, 1/60 s apart, then right: wrong for two frames.
    const twoFrames = judgeFrames(clock, endedAt, [
      frame(1, '4:25'),
      frame(18, '4:25'),
      frame(35, '4:20'),
    ]);
    expect(twoFrames.rightWithinAFrame).toBe(false);
  });

  it('fails a display that is never right, or right only for a moment', () => {
    const never = judgeFrames(clock, endedAt, [frame(3, '4:25'), frame(20, '4:25')]);
    expect(never.rightAtFrame).toBeNull();
    expect(never.rightWithinAFrame).toBe(false);
    const flicker = judgeFrames(clock, endedAt, [frame(3, '4:20'), frame(20, '4:25')]);
    expect(flicker.staysRight).toBe(false);
    expect(flicker.rightWithinAFrame).toBe(false);
  });

  it('does not call the normal change of second just after a boundary drift', () => {
    // 4:19 becomes right at START + 41 s; a frame 3 ms later may still show 4:20.
    const judged = judgeFrames(clock, START + 41_000, [
      { frameAt: START + 41_003, text: '4:20' },
      { frameAt: START + 41_019, text: '4:19' },
    ]);
    expect(judged.firstFrameDriftMs).toBe(3);
    expect(judged.rightAtFrame).toBe(1);
    expect(judged.rightWithinAFrame).toBe(true);
  });
});

describe('what the first load fetches', () => {
  it('takes module scripts, modulepreloads and stylesheets of index.html, nothing else', () => {
    const html = `<head>
      <link rel="icon" href="/favicon.svg" />
      <script type="module" crossorigin src="/assets/index-abc.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
      <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
      <link rel="manifest" href="/manifest.webmanifest">
      <script src="https://example.org/x.js"></script>
    </head>`;
    expect([...referencedByHtml(html)].sort()).toEqual([
      'assets/index-abc.js',
      'assets/index-ghi.css',
      'assets/vendor-def.js',
    ]);
  });

  it('follows static imports of a chunk but not dynamic ones', () => {
    const code =
      'import{a as b,c}from"./runtime-1.js";import"./side-2.js";' +
      'import*as d from"../shared/d-3.js";const lazy=()=>import("./howler-4.js");';
    expect([...staticImports(code, 'assets/index.js')].sort()).toEqual([
      'assets/runtime-1.js',
      'assets/side-2.js',
      'shared/d-3.js',
    ]);
  });
});

describe('attributing minified bytes to their sources', () => {
  const map = {
    sources: [
      '../../node_modules/react-dom/cjs/react-dom-client.production.js',
      '../../src/clinic/clock.ts',
      '../../node_modules/@scope/pkg/index.js',
    ],
    // Line 1: cols 0-3 from source 0, cols 4-9 from source 1.
    // Line 2: cols 0-1 unmapped, then cols 2.. from source 2, then back to source 0 (delta -2).
    mappings: 'AAAA,ICAA;ECAA,EFAA',
  };

  it('counts each byte once, for the source its mapping names', () => {
    const code = 'aaaaCCCCCC\n..ppQQQQ';
    const parts = attribute(code, map);
    const bytes = Object.fromEntries(parts.map((part) => [part.group, part.raw]));
    expect(bytes).toEqual({
      'react-dom': 4 + 4,
      'src/clinic/clock.ts': 6,
      '@scope/pkg': 2,
      [UNMAPPED]: 2,
    });
    const total = parts.reduce((sum, part) => sum + part.raw, 0);
    expect(total).toBe(code.replace('\n', '').length);
  });

  it('names npm packages, scoped ones too, and app files and folders', () => {
    expect(groupOf('../node_modules/i18next/dist/esm/i18next.js')).toBe('i18next');
    expect(groupOf('../node_modules/@vitejs/x/y.js')).toBe('@vitejs/x');
    expect(groupOf('../../work/main/src/features/setup/SetupScreen.tsx')).toBe(
      'src/features/setup/SetupScreen.tsx',
    );
    expect(folderOf('src/features/setup/SetupScreen.tsx')).toBe('src/features/setup/');
    expect(folderOf('src/clinic/clock.ts')).toBe('src/clinic/');
    expect(folderOf('src/main.tsx')).toBe('src/');
    expect(folderOf('react-dom')).toBe('react-dom');
  });
});
