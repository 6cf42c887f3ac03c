/** Full screen on or off for the whole page. A refusal (no user gesture, not allowed) is quiet. */
export function toggleFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement) {
    void doc.exitFullscreen?.().catch(() => {});
  } else {
    void doc.documentElement.requestFullscreen?.().catch(() => {});
  }
}
