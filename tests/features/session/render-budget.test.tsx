import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Profiler, type ReactNode } from 'react';
import { act, screen } from '@testing-library/react';
import { renderConsole } from '../../helpers/render-console';
import { SECOND, advance, runningClinicStore, useFakeClock } from '../../helpers/session';

// Every part of the console is wrapped so the test can count its renders. Each wrapper calls the
// real function component in its own body (hooks included), so what renders is the real console
// and a re-render of the real component is a re-render of the wrapper.
const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('@/features/session/stage/Countdown', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/SessionFrame', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/ModeBadges', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/PhaseHeading', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/PhasePrompt', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/ConfidentialityNote', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/CaseLine', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/stage/MirroringPanel', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/console/PhaseTimeline', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/console/ConsoleControls', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/console/CommandButtons', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/features/session/console/Announcer', async (importOriginal) =>
  countEach(await importOriginal()),
);
vi.mock('@/ui/CueBanner', async (importOriginal) => countEach(await importOriginal()));

function countEach(module: Record<string, unknown>) {
  const counted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function' || !/^[A-Z]/.test(name)) {
      counted[name] = value;
      continue;
    }
    const real = value as (props: Record<string, unknown>) => ReactNode;
    const Counted = (props: Record<string, unknown>) => {
      renders.set(name, (renders.get(name) ?? 0) + 1);
      return real(props);
    };
    counted[name] = Counted;
  }
  return counted;
}

beforeEach(() => {
  useFakeClock();
  renders.clear();
});
afterEach(() => vi.useRealTimers());

describe('render budget of a running phase', () => {
  it('over ten seconds only the time display re-renders, once per shown second', () => {
    const store = runningClinicStore();
    const commits: string[] = [];
    renderConsole(store, {}, (console) => (
      <Profiler
        id="console"
        onRender={(_id, phase) => {
          if (phase === 'update') commits.push(screen.getByRole('timer').textContent ?? '');
        }}
      >
        {console}
      </Profiler>
    ));
    // Everything rendered once at mount.
    expect(renders.get('Countdown')).toBe(1);
    expect(renders.get('SessionFrame')).toBe(1);
    expect(renders.get('PhaseTimeline')).toBe(1);
    // React renders when act() ends; end each simulated second just after the display's wake-up
    // (1 ms past the boundary), as a browser would render right after the timer.
    advance(1);
    renders.clear();

    for (let second = 0; second < 10; second += 1) {
      advance(SECOND);
      store.getState().tick(); // what the app's ticker does each second: nothing due here
    }

    expect(Object.fromEntries(renders)).toEqual({ Countdown: 10 });
    expect(commits).toEqual([
      '1:59',
      '1:58',
      '1:57',
      '1:56',
      '1:55',
      '1:54',
      '1:53',
      '1:52',
      '1:51',
      '1:50',
    ]);
  });

  it('while paused nothing re-renders at all', () => {
    const store = runningClinicStore();
    renderConsole(store);
    advance(SECOND);
    act(() => store.getState().dispatch({ type: 'pause' }));
    renders.clear();
    for (let second = 0; second < 10; second += 1) advance(SECOND);
    expect(Object.fromEntries(renders)).toEqual({});
  });
});
