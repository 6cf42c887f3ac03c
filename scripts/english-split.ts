import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// English is the fallback of every language, so it ships with the first download. Most of its
// strings, though, are read only by screens that load after the first paint (the console and
// the projector, the notes, the sheets, the history, the follow-up, the session's planner and
// running screens, the own templates' dialogs): in a build those come in a chunk of their own,
// with those screens, so the setup screen's download does not grow with them. en.json stays one
// file, the source of truth that types every key; the split happens here, at build time only
// (tests and development read the whole file as the first part).

/** Sections of en.json read only by screens loaded later, and the keys in them read earlier. */
export const LATER_SECTIONS = [
  'takeaway',
  'followup',
  'room',
  'history',
  'session',
  'controls',
  'timeline',
  'announce',
  'people',
  'shortcuts',
  'run',
  'planner',
  'endBy',
  'summary',
  'projector',
  'cue',
  'templates',
  'notice',
] as const;
/** Single strings of sections the first screen reads in part: `*` stands for any one key. */
export const LATER_KEYS = ['phase.*.prompt', 'phase.*.hint'] as const;
export const KEPT_FIRST = [
  'followup.open',
  'followup.close',
  'followup.loading',
  'history.open',
  'history.close',
  'history.heading',
  'session.confidentialityDefault',
  'planner.modeLegend',
  'planner.modeOne',
  'planner.modeSession',
  'planner.timesSection',
  'endBy.label',
  'endBy.hint',
  'notice.dismiss',
] as const;

type Tree = { [key: string]: string | Tree };

/** en.json in two parts: what the first download needs and what the later screens need. */
export function splitEnglish(english: Tree): { first: Tree; later: Tree } {
  const first: Tree = { ...english };
  const later: Tree = {};
  for (const section of LATER_SECTIONS) {
    const strings = english[section];
    if (strings === undefined || typeof strings === 'string') continue;
    delete first[section];
    const kept: Tree = {};
    const rest: Tree = { ...strings };
    for (const path of KEPT_FIRST) {
      const [head, key] = path.split('.') as [string, string];
      if (head !== section || rest[key] === undefined) continue;
      kept[key] = rest[key];
      delete rest[key];
    }
    if (Object.keys(kept).length > 0) first[section] = kept;
    later[section] = rest;
  }
  for (const pattern of LATER_KEYS) moveLeaves(first, later, pattern.split('.'));
  return { first, later };
}

/** Moves the strings at `path` (`*`: every key at that level) from `from` into `to`. */
function moveLeaves(from: Tree, to: Tree, path: string[]): void {
  const [head, ...rest] = path as [string, ...string[]];
  for (const key of head === '*' ? Object.keys(from) : [head]) {
    const value = from[key];
    if (value === undefined) continue;
    if (rest.length === 0) {
      to[key] = value;
      delete from[key];
    } else if (typeof value !== 'string') {
      const copy: Tree = { ...value };
      from[key] = copy;
      const target = to[key];
      const into: Tree = target === undefined || typeof target === 'string' ? {} : target;
      to[key] = into;
      moveLeaves(copy, into, rest);
    }
  }
}

const FIRST = 'virtual:english-first';
const LATER = 'virtual:english-later';

export function englishInTwoParts(englishFile: string): Plugin {
  let split = false;
  return {
    name: 'case-clinic-english-in-two-parts',
    configResolved(config) {
      split = config.command === 'build';
    },
    resolveId: (id) => (id === FIRST || id === LATER ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${FIRST}` && id !== `\0${LATER}`) return undefined;
      this.addWatchFile(englishFile);
      const english = JSON.parse(readFileSync(englishFile, 'utf8')) as Tree;
      const parts = split ? splitEnglish(english) : { first: english, later: {} };
      return `export default ${JSON.stringify(id === `\0${FIRST}` ? parts.first : parts.later)};`;
    },
  };
}
