/* global window, document, MutationObserver, requestAnimationFrame */
// Code that runs inside the page. Each function is handed to Playwright, which serialises it,
// so it may use nothing from its module scope.

/**
 * Installed before the app's scripts run. Counts React commits through the DevTools hook React
 * calls in production builds too (the app itself is not changed), and records each change of the
 * role="timer" text with the wall-clock instant (Date.now(), the clock the app stamps its start
 * with) and the start of the next animation frame.
 */
export function instrumentPage() {
  const bench = {
    commits: [],
    changes: [],
    lastText: null,
    lastClickAt: null,
  };
  window.__bench = bench;
  const renderers = new Map();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    isDisabled: false,
    supportsFiber: true,
    renderers,
    inject(internals) {
      const id = renderers.size + 1;
      renderers.set(id, internals);
      return id;
    },
    onCommitFiberRoot() {
      bench.commits.push(Date.now());
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    setStrictMode() {},
    checkDCE() {},
  };
  const watch = () => {
    new MutationObserver(() => {
      const timer = document.querySelector('[role="timer"]');
      const text = timer ? timer.textContent : null;
      if (text === bench.lastText) return;
      bench.lastText = text;
      const change = { at: Date.now(), text, frameAt: null };
      bench.changes.push(change);
      requestAnimationFrame(() => {
        change.frameAt = Date.now();
      });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  };
  watch();
  // The instant of the click that starts the clinic, a fallback for the saved start instant.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target;
      if (target instanceof window.HTMLElement && target.closest('button')) {
        bench.lastClickAt = Date.now();
      }
    },
    true,
  );
}

/**
 * Load probe, installed before the app's scripts run: once the setup's start button is there and
 * a frame showing it has been drawn (a user clicks what they see; clicking earlier would also
 * hold up the first paint), a click is dispatched in a new task, and the first animation frame
 * after the page's DOM answers it is recorded. Times are ms since navigation.
 */
export function installLoadProbe(buttonText) {
  const probe = {
    readyAt: null,
    paintedAt: null,
    clickAt: null,
    answeredAt: null,
    mutationAt: null,
  };
  window.__loadProbe = probe;
  let button = null;
  const click = () => {
    const answer = new MutationObserver(() => {
      answer.disconnect();
      probe.mutationAt = performance.now();
      requestAnimationFrame(() => {
        probe.answeredAt = performance.now();
      });
    });
    answer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    probe.clickAt = performance.now();
    button.click();
  };
  const clickWhenSeen = () => {
    if (!button || probe.paintedAt === null || probe.clickAt !== null) return;
    probe.clickAt = -1; // scheduled
    window.setTimeout(click, 0);
  };
  // Painted: the first contentful paint, or, when the button came later, a frame after it.
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    if (button && probe.paintedAt === null) probe.paintedAt = performance.now();
    clickWhenSeen();
  }).observe({ type: 'paint', buffered: true });
  const waitForButton = new MutationObserver(() => {
    button = [...document.querySelectorAll('button')].find(
      (candidate) => candidate.textContent.trim() === buttonText,
    );
    if (!button) return;
    waitForButton.disconnect();
    probe.readyAt = performance.now();
    if (performance.getEntriesByName('first-contentful-paint').length > 0) {
      requestAnimationFrame(() =>
        window.setTimeout(() => {
          probe.paintedAt = performance.now();
          clickWhenSeen();
        }, 0),
      );
    }
  });
  waitForButton.observe(document, { subtree: true, childList: true });
}

/** The saved clinic, read from the app's own storage (no app code is touched). */
export function readSavedClinic(key) {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw).clinic ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Blocks the main thread for `ms`, then reads the timer at each of the next `frames` animation
 * frames (a rAF callback runs just before its frame is drawn, so it sees what that frame shows).
 */
export function stallThenReadFrames([ms, frames]) {
  return new Promise((resolve) => {
    window.setTimeout(() => {
      const stallStart = Date.now();
      while (Date.now() - stallStart < ms) {
        // busy: nothing else may run on the main thread
      }
      const stallEnd = Date.now();
      const readings = [];
      const read = () => {
        const timer = document.querySelector('[role="timer"]');
        readings.push({ frameAt: Date.now(), text: timer ? timer.textContent : null });
        if (readings.length < frames) requestAnimationFrame(read);
        else resolve({ stallStart, stallEnd, readings });
      };
      requestAnimationFrame(read);
    }, 0);
  });
}

/** Reads the timer at each of the next `frames` animation frames. */
export function readFrames(frames) {
  return new Promise((resolve) => {
    const readings = [];
    const read = () => {
      const timer = document.querySelector('[role="timer"]');
      readings.push({ frameAt: Date.now(), text: timer ? timer.textContent : null });
      if (readings.length < frames) requestAnimationFrame(read);
      else resolve({ readings });
    };
    requestAnimationFrame(read);
  });
}

/** Makes the document report itself hidden or visible and tells the page so. */
export function setEmulatedVisibility(state) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new window.Event('visibilitychange'));
}

/** A 50 ms heartbeat: shows whether timers ran during a window. */
export function startHeartbeat() {
  const beat = { last: performance.now(), longestGap: 0, running: true };
  window.__heartbeat = beat;
  const tick = () => {
    if (!beat.running) return;
    const now = performance.now();
    beat.longestGap = Math.max(beat.longestGap, now - beat.last);
    beat.last = now;
    window.setTimeout(tick, 50);
  };
  window.setTimeout(tick, 50);
}

export function stopHeartbeat() {
  const beat = window.__heartbeat;
  beat.running = false;
  return beat.longestGap;
}

/** Makes the document visible again, tells the page, and reads the timer at the next frames. */
export function showThenReadFrames(frames) {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
  const shownAt = Date.now();
  document.dispatchEvent(new window.Event('visibilitychange'));
  return new Promise((resolve) => {
    const readings = [];
    const read = () => {
      const timer = document.querySelector('[role="timer"]');
      readings.push({ frameAt: Date.now(), text: timer ? timer.textContent : null });
      if (readings.length < frames) requestAnimationFrame(read);
      else resolve({ shownAt, readings });
    };
    requestAnimationFrame(read);
  });
}

/** The instant of the last click on a button, recorded by instrumentPage. */
export function readLastClick() {
  return window.__bench ? window.__bench.lastClickAt : null;
}

/** Commits and countdown changes recorded so far by instrumentPage. */
export function readRecorded() {
  return { commits: window.__bench.commits.slice(), changes: window.__bench.changes.slice() };
}

/** How many countdown changes instrumentPage saw between two instants. */
export function countChangesBetween([from, to]) {
  return window.__bench.changes.filter((change) => change.at > from && change.at < to).length;
}

export function loadProbeAnswered() {
  return Boolean(window.__loadProbe && window.__loadProbe.answeredAt !== null);
}

/** FCP, the load probe's instants and the scripts fetched before the click was answered. */
export function readLoadResult(initialScripts) {
  const fcp = performance.getEntriesByName('first-contentful-paint')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  const probe = window.__loadProbe;
  const scriptEntries = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'))
    .filter((entry) => entry.startTime < probe.answeredAt);
  const scripts = scriptEntries.map((entry) => new URL(entry.name).pathname);
  // When the initial scripts (what index.html loads) had arrived: after that, parse, run, render.
  const initial = scriptEntries.filter((entry) =>
    initialScripts.includes(new URL(entry.name).pathname),
  );
  const scriptsLoaded = initial.length
    ? Math.max(...initial.map((entry) => entry.responseEnd))
    : null;
  return {
    fcp: fcp ? fcp.startTime : null,
    domContentLoaded: navigation ? navigation.domContentLoadedEventEnd : null,
    setupReady: probe.readyAt,
    clickAt: probe.clickAt,
    mutationAt: probe.mutationAt,
    answered: probe.answeredAt,
    scriptsLoaded,
    scriptsBeforeAnswer: scripts,
  };
}
