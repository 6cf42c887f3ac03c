import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ConsoleScreen, type ConsoleScreenProps } from '@/features/session/ConsoleScreen';
import type { ClinicStore } from '@/store/clinic-store';
import { renderWithStores } from './render';

/**
 * The console of a clinic, with the shortcuts closed and the app's callbacks as spies (or as
 * given). `wrap` puts something around it, such as a React Profiler.
 */
export function renderConsole(
  clinic: ClinicStore,
  props: Partial<ConsoleScreenProps> = {},
  wrap: (console: ReactElement) => ReactElement = (console) => console,
) {
  const callbacks = {
    onOpenProjector: vi.fn(),
    onToggleFullscreen: vi.fn(),
    onShortcutsOpenChange: vi.fn(),
    onFitOpenChange: vi.fn(),
  };
  const result = renderWithStores(
    wrap(<ConsoleScreen shortcutsOpen={false} fitOpen={false} {...callbacks} {...props} />),
    { clinic },
  );
  return { ...result, callbacks };
}
