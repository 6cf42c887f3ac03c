import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

// English is the fallback of every language, so it ships with the first download. Most of its
// strings, though, are read only by screens that load after the first paint (the notes, the
// sheets, the follow-up, the console's message to the room, the own templates' dialogs): in a build those come in a chunk of
// their own, with those screens, so the setup screen's download does not grow with them. en.json
// stays one file, the source of truth that types every key; the split happens here, at build
// time only (tests and development read the whole file as the first part).

/** Sections of en.json read only by screens loaded later, and the keys in them read earlier. */
export const LATER_SECTIONS = ['takeaway', 'followup', 'room', 'templates'] as const;
export const KEPT_FIRST = ['followup.open', 'followup.close', 'followup.loading'] as const;

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
  return { first, later };
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
