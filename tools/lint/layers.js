/**
 * The import rules between the layers of the code, as eslint `no-restricted-imports` patterns
 * (gitignore syntax, matched against the import's specifier). One entry a layer: the files it
 * covers and what they may not import. Plain JavaScript so eslint.config.js can load it as it is.
 *
 * - The 3D side (`src/canvas`) and the page (`src/dom`) meet only through state (`src/state`,
 *   `src/input`, `src/walk`): neither imports the other, nor a mode (a mode spans both).
 * - The edition format (`src/edition`) is shared with the Node tools: plain data and maths, no React,
 *   three, store, nor anything else of the app.
 * - Below the interface (state, walking, input, languages, launch, platform) nothing imports it.
 * - The automation interface reads state, never a component file (a mode's store, `*State.ts`, is
 *   state: the tour's, the twin's).
 * - The app never imports the tools or the tests; the tools never import the tests (shared browser
 *   helpers live in `tools/browser`).
 */

const UI = [
  {
    group: ['**/canvas', '**/canvas/**'],
    message: 'The 3D side is reached through state (src/state, src/input, src/walk), not imported.',
  },
  { group: ['**/dom', '**/dom/**'], message: 'The page is reached through state (src/state), not imported.' },
  { group: ['**/modes', '**/modes/**'], message: 'A mode assembles layers; nothing below it imports it.' },
];
const APP_ONLY = [
  { group: ['**/tools/**'], message: 'The app never imports the Node tools.' },
  { group: ['**/tests/**'], message: 'The app never imports the tests.' },
];
const not = (what) => UI.filter((p) => p.group[0] !== `**/${what}`);

export const LAYERS = [
  {
    files: ['src/canvas/**/*.{ts,tsx}'],
    patterns: [...not('canvas'), ...APP_ONLY],
  },
  {
    files: ['src/dom/**/*.{ts,tsx}'],
    patterns: [...not('dom'), ...APP_ONLY],
  },
  {
    files: ['src/edition/**/*.{ts,tsx}'],
    patterns: [
      {
        group: [
          'react',
          'react/**',
          'react-dom',
          'react-dom/**',
          'three',
          'three/**',
          '@react-three/**',
          'zustand',
          'zustand/**',
        ],
        message: 'The edition format is shared with the Node tools: no React, three or store.',
      },
      { group: ['../**', '!../edition/**'], message: 'The edition format imports nothing of the app (only src/edition).' },
      ...APP_ONLY,
    ],
  },
  {
    files: ['src/{state,walk,input,i18n,launch,platform,xr}/**/*.{ts,tsx}'],
    patterns: [...UI, ...APP_ONLY],
  },
  {
    files: ['src/automation/**/*.{ts,tsx}'],
    patterns: [
      ...not('modes'),
      {
        regex: '(^|/)modes(/(?![^/]+/[A-Za-z]+State\\.ts$).*)?$',
        message: 'The automation interface reads a mode only through its store (*State.ts).',
      },
      { group: ['**/*.tsx'], message: 'The automation interface reads state, never a component file.' },
      ...APP_ONLY,
    ],
  },
  {
    files: ['src/*.{ts,tsx}', 'src/modes/**/*.{ts,tsx}'],
    patterns: APP_ONLY,
  },
  {
    files: ['tools/**/*.{ts,js}'],
    patterns: [{ group: ['**/tests/**', '**/tests'], message: 'The tools never import the tests: shared helpers go to tools/.' }],
  },
];
