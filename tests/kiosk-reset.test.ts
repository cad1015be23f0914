/**
 * A kiosk's reset leaves nothing of the previous visitor: every store of the app and every per-frame
 * object is either put back by the reset or kept on purpose (src/modes/kiosk/resetPlan.ts). A new
 * store, a new key or a new per-frame object that nobody listed fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FRAME_STATE, KEPT, STORES, resetStores } from '../src/modes/kiosk/resetPlan.ts';
import * as frame from '../src/state/frame.ts';
import { movement } from '../src/input/movement.ts';
import { route } from '../src/state/frame.ts';
import type { Kiosk } from '../src/edition/schema.ts';

const SRC = path.resolve(import.meta.dirname, '../src');

const KIOSK: Kiosk = {
  id: 'gate',
  name: { fr: 'Entrée', ar: 'المدخل', en: 'Entrance' },
  position: [-4.5, 90],
  facing: 90,
  lang: 'ar',
  idle: 60,
  tour: 'families',
  orientation: 'portrait',
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(d.name) ? [full] : [];
  });
}

type Store = { getState(): Record<string, unknown>; setState(p: object): void };
const isStore = (v: unknown): v is Store =>
  typeof v === 'function' &&
  typeof (v as Partial<Store>).getState === 'function' &&
  typeof (v as Partial<Store>).setState === 'function';

describe('the kiosk reset plan', () => {
  it('lists every zustand store the app creates', async () => {
    // Every module that creates a store with zustand, and every module exporting a store instance.
    const creators = sourceFiles(SRC).filter((f) => /from 'zustand'/.test(fs.readFileSync(f, 'utf8')) && f.endsWith('.ts'));
    expect(creators.length).toBeGreaterThan(3);
    const listed = new Set<unknown>(Object.values(STORES));
    const found: string[] = [];
    // The service worker's code runs in its own global (no window): it holds no visit state.
    for (const file of sourceFiles(SRC).filter((f) => f.endsWith('.ts') && !/\/(automation|sw)\//.test(f))) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!isStore(value)) continue;
        found.push(name);
        expect(listed.has(value), `${path.relative(SRC, file)} exports the store ${name}: list it in resetPlan.ts STORES`).toBe(
          true,
        );
      }
    }
    expect(found.length).toBe(listed.size);
  });

  it('resets every key of every store, except those kept with a reason', () => {
    const dirty = Symbol('left by the previous visitor');
    for (const [name, store] of Object.entries(STORES) as Array<[keyof typeof STORES, Store]>) {
      const keys = Object.keys(store.getState()).filter((k) => typeof store.getState()[k] !== 'function');
      for (const kept of Object.keys(KEPT[name])) expect(keys, `KEPT.${name}.${kept} is not a key of the store`).toContain(kept);
      const patch = Object.fromEntries(keys.filter((k) => !(k in KEPT[name])).map((k) => [k, dirty]));
      store.setState(patch);
    }
    resetStores(KIOSK);
    for (const [name, store] of Object.entries(STORES) as Array<[keyof typeof STORES, Store]>) {
      for (const [key, value] of Object.entries(store.getState()))
        expect(
          value,
          `${name}.${key} survives a kiosk reset: reset it in resetPlan.ts, or keep it in KEPT with a reason`,
        ).not.toBe(dirty);
    }
    const visit = STORES.visit.getState();
    expect(visit.lang).toBe('ar');
    expect(visit.view).toBe('ground');
    expect(visit.openStand).toBeNull();
  });

  it('lists every per-frame object, and puts the visitor at the kiosk, facing its way', () => {
    const objects = [
      ...Object.entries(frame)
        .filter(([, v]) => typeof v === 'object' && v !== null)
        .map(([k]) => k),
      'movement',
      'arrival',
    ];
    expect(Object.keys(FRAME_STATE).sort()).toEqual(objects.sort());

    frame.player.position.set(10, 3, 10);
    frame.player.yaw = 2;
    frame.player.pitch = 0.5;
    route.active = true;
    frame.flight.active = true;
    movement.keyForward = 1;
    frame.pointerHover.kind = 'target';
    frame.hotspotEmphasis.focused = 4;
    frame.markerClaimedPointer.value = true;
    resetStores(KIOSK);
    expect([frame.player.position.x, frame.player.position.y, frame.player.position.z]).toEqual([-4.5, 0, 90]);
    expect(frame.player.yaw).toBeCloseTo(Math.PI / 2);
    expect(frame.player.pitch).toBe(0);
    expect(route.active).toBe(false);
    expect(frame.flight.active).toBe(false);
    expect(movement.keyForward).toBe(0);
    expect(frame.pointerHover.kind).toBe('none');
    expect(frame.hotspotEmphasis.focused).toBe(-1);
    expect(frame.markerClaimedPointer.value).toBe(false);
  });
});

describe('the kiosk start URL', async () => {
  const { kioskStartUrl } = await import('../src/modes/kiosk/startUrl.ts');
  it('keeps the kiosk, the edition, debug and a pinned quality, and drops the last visitor’s stand, tour, language and view', () => {
    expect(
      kioskStartUrl('https://v.example/jpo/?kiosk=gate&stand=dna&hotspot=x&lang=en&tour=families&stop=3&view=aerial&debug=1'),
    ).toBe('https://v.example/jpo/?kiosk=gate&debug=1');
    expect(kioskStartUrl('https://v.example/jpo/?quality=0.75&kiosk=gate&lang=ar')).toBe(
      'https://v.example/jpo/?kiosk=gate&quality=0.75',
    );
  });
});
