// The benchmark's yardstick for heap growth: React 19 and nothing else, re-rendering one
// countdown at each second boundary, the way the app's countdown does. Whatever this page's heap
// grows by over the simulated hours is the price of a React commit per second (V8 compiles the
// functions that run every second), not of anything the app keeps.
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const end = Date.now() + 4 * 60 * 60 * 1000;

function shown(now) {
  const seconds = Math.max(0, Math.ceil((end - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function Countdown() {
  const [text, setText] = useState(() => shown(Date.now()));
  useEffect(() => {
    let timer;
    const wake = () => {
      setText(shown(Date.now()));
      timer = setTimeout(wake, 1000 - (Date.now() % 1000) + 1);
    };
    wake();
    return () => clearTimeout(timer);
  }, []);
  return createElement('p', { role: 'timer' }, text);
}

createRoot(document.getElementById('root')).render(createElement(Countdown));
