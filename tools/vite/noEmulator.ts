/**
 * Keeps @react-three/xr's WebXR emulator (iwer, its dev UI and its room scans) out of every bundle.
 * The library imports it on demand (`import('./emulate.js')` in @pmndrs/xr's store) even when the
 * emulator is turned off, so the bundler would still emit it as a chunk of a few hundred kilobytes.
 * The import is resolved to a module that has none of it. Tests install their own emulated headset
 * (tests/browser/xr*.test.ts); tests/xr-bundle.test.ts reads the built files to prove none ships.
 */
import type { Plugin } from 'vite';

const STUB = '\0jpo-no-xr-emulator';

export default function noEmulator(): Plugin {
  return {
    name: 'jpo-no-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer && /[\\/]@pmndrs[\\/]xr[\\/]dist[\\/]/.test(importer)) return STUB;
      return null;
    },
    load(id) {
      if (id !== STUB) return null;
      return "export function emulate() { throw new Error('the WebXR emulator is not part of this build'); }\n";
    },
  };
}
