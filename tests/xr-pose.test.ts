import { describe, expect, it } from 'vitest';
import { forwardOf, rigDirectionToWorld, rigPointToWorld } from '../src/xr/pose.ts';

describe('rig frame to world', () => {
  it('moves and turns a point of the rig, turns a direction only', () => {
    const rig = { position: { x: 10, y: 0, z: -5 }, yaw: Math.PI / 2 };
    const p = rigPointToWorld(rig, { x: 0, y: 1.2, z: -1 }, { x: 0, y: 0, z: 0 });
    // Turned a quarter left, the rig's forward (−z) is the world's −x.
    expect(p.x).toBeCloseTo(9);
    expect(p.y).toBeCloseTo(1.2);
    expect(p.z).toBeCloseTo(-5);
    const d = rigDirectionToWorld(rig, { x: 0, y: 0, z: -1 }, { x: 0, y: 0, z: 0 });
    expect(d.x).toBeCloseTo(-1);
    expect(d.z).toBeCloseTo(0);
    // The identity looks toward −z; a quarter turn left about y looks toward −x.
    const f = forwardOf(0, Math.sin(Math.PI / 4), 0, Math.cos(Math.PI / 4), { x: 0, y: 0, z: 0 });
    expect(f.x).toBeCloseTo(-1);
    expect(f.z).toBeCloseTo(0);
  });
});
