// English in two parts (scripts/english-split.ts): what the first download needs, and what the
// screens loaded after it need. Outside a build, the first part is the whole of en.json.
declare module 'virtual:english-first' {
  const strings: Record<string, unknown>;
  export default strings;
}
declare module 'virtual:english-later' {
  const strings: Record<string, unknown>;
  export default strings;
}
