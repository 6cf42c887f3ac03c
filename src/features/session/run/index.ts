// The running side of a session of several cases, one chunk: the bar above the console, the
// break on the console and on the projector, the end of the session.
export { BreakConsole } from './BreakConsole';
export { ProjectorBreak } from './ProjectorBreak';
export { SessionBar } from './SessionBar';
export { SessionEndScreen } from './SessionEndScreen';
