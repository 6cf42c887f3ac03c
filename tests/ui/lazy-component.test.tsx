import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyComponent } from '@/ui/lazy-component';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

describe('lazyComponent', () => {
  it('suspends until its chunk is in, then shows the component with its props', async () => {
    let arrive: (component: typeof Greeting) => void = () => {};
    const Lazy = lazyComponent(() => new Promise<typeof Greeting>((resolve) => (arrive = resolve)));
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    expect(Lazy.isLoaded()).toBe(false);
    await act(async () => arrive(Greeting));
    expect(screen.getByText('Hello Ada')).toBeInTheDocument();
    expect(Lazy.isLoaded()).toBe(true);
  });

  it('once preloaded, renders at once, never showing the fallback', async () => {
    const Lazy = lazyComponent(() => Promise.resolve(Greeting));
    await Lazy.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Ben" />
      </Suspense>,
    );
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    expect(screen.getByText('Hello Ben')).toBeInTheDocument();
  });
});
