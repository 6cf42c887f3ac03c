import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const features = ['setup', 'session', 'takeaway', 'history', 'followup'];

// Imports point one way: features -> store -> the two domains. The domains import nothing of the
// app; the takeaway may read the clinic, the clinic knows nothing of the takeaway; no feature
// reaches into another; what two features share goes down a layer.
const domains = ['src/clinic', 'src/takeaway'];
const layerZones = [
  {
    target: './src/clinic',
    from: './src',
    except: ['./clinic'],
    message: 'src/clinic is the pure domain of the timed clinic: it imports nothing else.',
  },
  {
    target: './src/takeaway',
    from: './src',
    except: ['./takeaway', './clinic'],
    message: 'src/takeaway is a pure domain: it may read src/clinic and nothing of the app.',
  },
  {
    target: './src/store',
    from: ['./src/features', './src/app', './src/ui', './src/sound'],
    message: 'The store sits below the UI and services.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app'],
    message: 'Shared UI pieces do not know the screens.',
  },
  {
    target: ['./src/sound', './src/i18n'],
    from: ['./src/features', './src/app', './src/ui'],
    message: 'Services are wired in by the app, not the other way round.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need down a layer.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'The app composes features; features do not import the app.',
  },
];

// Reading the system's clock, in any of its forms.
const clockReads = [
  "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  "NewExpression[callee.name='Date'][arguments.length=0]",
  "CallExpression[callee.object.name='performance'][callee.property.name='now']",
];
const deviceStores = ['localStorage', 'sessionStorage', 'indexedDB'];
const storageOwner =
  'Only the storage owner (src/store/device-storage.ts) touches the device storage.';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'node_modules',
      'test-results',
      'playwright-report',
      'artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Without a resolver that knows .ts/.tsx the path rule cannot see where an import goes.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
      // Without these, no-cycle cannot read a .ts dependency and sees no loop at all.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // One way for "now" to reach code: the app's clock (src/store/clock.ts), which the stores
    // take and components get from the stores' context; tests hand in a fake. (The sound player
    // measures how long the browser took to allow audio, and the chimes are made in slices of a
    // few milliseconds: intervals, not instants.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/clock.ts', 'src/sound/sound-player.ts', 'src/sound/idle-work.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...clockReads.map((selector) => ({
          selector,
          message: "Read the app's clock (store.clock, useClock()), not the system's.",
        })),
      ],
    },
  },
  {
    // One owner of the device's storage (src/store/device-storage.ts); the history keeps to
    // IndexedDB in its backend. Everything else goes through them.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/device-storage.ts', 'src/store/history-backend.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...deviceStores.map((name) => ({ name, message: storageOwner })),
      ],
      'no-restricted-properties': [
        'error',
        ...deviceStores.map((property) => ({ object: 'window', property, message: storageOwner })),
      ],
    },
  },
  {
    // The domains are pure TypeScript: no UI library, no audio, no browser globals, no clock.
    files: domains.map((folder) => `${folder}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'zustand',
                'zustand/*',
                'howler',
                'i18next',
                'react-i18next',
              ],
              message: 'The domain is pure TypeScript: no React, zustand, howler or i18next.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'indexedDB'].map(
          (name) => ({ name, message: 'The domain knows no DOM: pass what it needs in.' }),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        ...clockReads.map((selector) => ({
          selector,
          message: 'The domain takes `now` as a parameter instead of reading the clock.',
        })),
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark's yardstick page runs in the browser.
    files: ['scripts/bench/reference/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
