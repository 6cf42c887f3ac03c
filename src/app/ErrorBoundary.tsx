import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_KEY_PREFIX, CLINIC_KEY } from '../store/persistence';
import { createAppClock, type Clock } from '../store/clock';
import type { DeviceStorage } from '../store/device-storage';
import './offline.css';

// When rendering fails, the room sees a calm page instead of a blank one: what exists can be
// saved as a file, the app can try again, or a new clinic can start. Nothing is deleted: the
// saved clinic is moved to a backup key before a new one starts.

export interface RescueExport {
  app: 'case-clinic-timer';
  exportedAt: string;
  error: string;
  /** The clinic as this tab held it in memory (newer than the save when storage was full). */
  clinicInMemory: unknown;
  /** Everything the app keeps in this browser's storage, parsed where it is JSON. */
  saved: Record<string, unknown>;
}

function readSaved(storage: DeviceStorage | null): Record<string, unknown> {
  const saved: Record<string, unknown> = {};
  // Storage that cannot even be read leaves the in-memory clinic as the only copy.
  for (const key of storage?.keys() ?? []) {
    const raw = storage?.read(key) ?? null;
    try {
      saved[key] = raw === null ? null : (JSON.parse(raw) as unknown);
    } catch {
      saved[key] = raw;
    }
  }
  return saved;
}

export function rescueExport(
  error: unknown,
  clinicInMemory: unknown,
  storage: DeviceStorage | null,
  now: Date,
): RescueExport {
  return {
    app: 'case-clinic-timer',
    exportedAt: now.toISOString(),
    error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    clinicInMemory,
    saved: readSaved(storage),
  };
}

/**
 * Moves the saved clinic aside (never deletes it) so the next start is a fresh one; its notes,
 * now without their clinic, are moved aside when the app loads them next.
 */
export function setSavedClinicAside(storage: DeviceStorage | null, now: number): string | null {
  const raw = storage?.read(CLINIC_KEY) ?? null;
  if (!storage || raw === null) return null;
  // Full storage: the backup cannot be written, so the save stays where it is.
  return storage.setAside(CLINIC_KEY, raw, BACKUP_KEY_PREFIX, now).key;
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface RecoveryProps {
  error: unknown;
  getClinic: () => unknown;
  storage: DeviceStorage | null;
  clock: Clock;
  onRetry: () => void;
  onStartAgain: () => void;
}

export function RecoveryScreen({
  error,
  getClinic,
  storage,
  clock,
  onRetry,
  onStartAgain,
}: RecoveryProps) {
  const { t } = useTranslation();
  const exportJson = () => {
    let clinic: unknown = null;
    try {
      clinic = getClinic();
    } catch {
      // The store itself may be what broke; the saved copy is still in the export.
    }
    const rescue = rescueExport(error, clinic, storage, new Date(clock.now()));
    const text = JSON.stringify(rescue, null, 2);
    const title = t('offline.rescueFileTitle');
    // The file's name is made by a chunk of its own; if even that cannot load, a plain name.
    void import('../takeaway/file-names').then(
      ({ exportFileName }) =>
        download(exportFileName(Date.parse(rescue.exportedAt), title, 'json'), text),
      () => download('case-clinic-rescue.json', text),
    );
  };
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return (
    <main className="app recovery">
      <section aria-labelledby="recovery-heading">
        <h1 id="recovery-heading">{t('offline.recoveryHeading')}</h1>
        <p>{t('offline.recoveryText')}</p>
        <div className="recovery-actions">
          <button type="button" onClick={exportJson}>
            {t('offline.recoveryExport')}
          </button>
          <button type="button" onClick={onRetry}>
            {t('offline.recoveryRetry')}
          </button>
          <button type="button" onClick={onStartAgain}>
            {t('offline.recoveryStartAgain')}
          </button>
        </div>
        <p>{t('offline.recoveryStartAgainNote')}</p>
        <details>
          <summary>{t('offline.recoveryDetails')}</summary>
          <pre>{detail}</pre>
        </details>
      </section>
    </main>
  );
}

interface BoundaryProps {
  children: ReactNode;
  /** The clinic as the store holds it, for the export. */
  getClinic: () => unknown;
  storage: DeviceStorage | null;
  /** What "Start a new clinic" does after the save is set aside; a page reload by default. */
  restart?: () => void;
  /** The app's clock (the boundary sits outside the stores, so it is handed in). */
  clock?: Clock;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false };
  private readonly clock: Clock = this.props.clock ?? createAppClock();

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('The app failed to render:', error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null, failed: false });

  private readonly startAgain = () => {
    setSavedClinicAside(this.props.storage, this.clock.now());
    (this.props.restart ?? (() => window.location.reload()))();
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <RecoveryScreen
        error={this.state.error}
        getClinic={this.props.getClinic}
        storage={this.props.storage}
        clock={this.clock}
        onRetry={this.retry}
        onStartAgain={this.startAgain}
      />
    );
  }
}
