import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './take-home-codes.css';

// QR codes with the text each one holds beside it (for anyone without a camera). Drawn from
// plain props, so the same display can fill the projector; the encoder loads on first use.

export interface TakeHomeCode {
  id: string;
  /** What the code is, e.g. "Code 1 of 3: take-aways and next steps". */
  label: string;
  /** What the code holds, byte for byte. */
  payload: string;
  /** What is printed beside it: the payload, or a readable form of it (a calendar event). */
  text: string;
}

/** The quiet zone around a code, in modules: four, as the standard asks. */
const QUIET = 4;

type Drawn = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; paths: Paths };
type Paths = Map<string, { path: string; size: number }>;

function useDrawnCodes(codes: readonly TakeHomeCode[]): Drawn {
  const [drawn, setDrawn] = useState<Drawn>({ status: 'loading' });
  const key = codes.map((code) => code.payload).join('\u0000');
  useEffect(() => {
    let live = true;
    import('./qr-matrix').then(
      ({ qrModules, modulesPath }) => {
        if (!live) return;
        const paths: Paths = new Map();
        for (const code of codes) {
          const modules = qrModules(code.payload);
          paths.set(code.payload, {
            path: modulesPath(modules, QUIET),
            size: modules.length + 2 * QUIET,
          });
        }
        setDrawn({ status: 'ready', paths });
      },
      () => live && setDrawn({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
    // The payloads decide the drawing; a new array with the same texts draws nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return drawn;
}

export function TakeHomeCodes({
  codes,
  large = false,
}: {
  codes: readonly TakeHomeCode[];
  /** Bigger codes, for the projector or a phone held further away. */
  large?: boolean;
}) {
  const { t } = useTranslation();
  const drawn = useDrawnCodes(codes);
  if (drawn.status === 'loading') return <p role="status">{t('takeaway.codes.loading')}</p>;
  if (drawn.status === 'failed') {
    return (
      <p role="alert" className="notice">
        {t('takeaway.codes.failed')}
      </p>
    );
  }
  return (
    <ol className={large ? 'take-home-codes take-home-codes-large' : 'take-home-codes'}>
      {codes.map((code) => {
        const { path, size } = drawn.paths.get(code.payload)!;
        return (
          <li key={code.id} className="take-home-code" data-testid="take-home-code">
            <svg
              className="qr-code"
              role="img"
              aria-label={code.label}
              viewBox={`0 0 ${size} ${size}`}
              shapeRendering="crispEdges"
            >
              <rect width={size} height={size} fill="#fff" />
              <path d={path} fill="#000" />
            </svg>
            <div className="take-home-code-text">
              <p className="take-home-code-label">{code.label}</p>
              <p className="take-home-code-payload" dir="auto">
                {code.text}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
