/**
 * The cheaper tier's materials: while it holds, the edition's models draw with MeshLambertMaterial
 * copies of their MeshStandardMaterials (diffuse lighting per fragment, no specular or roughness
 * maths: the most expensive part of the standard shader on a weak GPU). Same colour, map, vertex
 * colours, transparency, side and name, so the site reads the same, only flatter. Leaving the tier
 * puts back the very material objects that were there and disposes the copies.
 *
 * Models that come in later (stand detail streamed by zone, a retried load) are caught by three's
 * `childadded` / `childremoved` events on the nodes already swapped, not by walking the scene every
 * frame: a frame costs nothing while the tier holds.
 */
import { MeshLambertMaterial, Material, type Mesh, type MeshStandardMaterial, type Object3D } from 'three';

type Swappable = Material | Material[];
/** What three's `childadded` and `childremoved` events carry (read at once: three reuses the event object). */
type ChildEvent = { child: Object3D };

export interface LiteTier {
  /** True between `enter` and `leave`. */
  readonly active: boolean;
  /** Meshes drawing with a copy now. */
  readonly meshes: number;
  /** Lambert copies alive now (one per original material, shared by the meshes that share it). */
  readonly copies: number;
  /** Swaps the materials under every child of `scene` that `accept` takes, now and as they come. */
  enter(scene: Object3D, accept: (child: Object3D) => boolean): void;
  /** Puts every original back, disposes the copies, stops listening. */
  leave(): void;
}

/** The Lambert copy of a standard material: what it looks like, without what the cheaper shader has no use for. */
export function lambertCopy(m: MeshStandardMaterial): MeshLambertMaterial {
  const copy = new MeshLambertMaterial();
  // The base class's fields: name, side, vertexColors, transparent, opacity, alphaTest, depth, blending, userData…
  Material.prototype.copy.call(copy, m);
  copy.color.copy(m.color);
  copy.map = m.map;
  copy.alphaMap = m.alphaMap;
  copy.emissive.copy(m.emissive);
  copy.emissiveMap = m.emissiveMap;
  copy.emissiveIntensity = m.emissiveIntensity;
  copy.flatShading = m.flatShading;
  copy.fog = m.fog;
  copy.wireframe = m.wireframe;
  return copy;
}

const isStandard = (m: Material): m is MeshStandardMaterial => (m as MeshStandardMaterial).isMeshStandardMaterial === true;

export function createLiteTier(): LiteTier {
  /** Each swapped mesh and what it had. */
  const originals = new Map<Mesh, Swappable>();
  /** Each original material's copy and how many meshes use it. */
  const copies = new Map<Material, { copy: MeshLambertMaterial; users: number }>();
  /** Nodes whose children are watched. */
  const watched = new Set<Object3D>();
  let root: Object3D | null = null;
  let accepts: (child: Object3D) => boolean = () => false;
  /** Set while this module disposes a copy itself, so the dispose listener can tell. */
  let releasing = false;

  function copyOf(m: Material): Material {
    if (!isStandard(m)) return m;
    let entry = copies.get(m);
    if (!entry) {
      const copy = lambertCopy(m);
      // Disposed by someone else while swapped in (disposeTree on a model torn down in lite): they
      // meant this mesh's material, so the original goes too, and the copy is forgotten.
      copy.addEventListener('dispose', () => {
        if (releasing || copies.get(m)?.copy !== copy) return;
        copies.delete(m);
        for (const [mesh, had] of originals) if (had === m || (Array.isArray(had) && had.includes(m))) originals.delete(mesh);
        m.dispose();
      });
      entry = { copy, users: 0 };
      copies.set(m, entry);
    }
    entry.users++;
    return entry.copy;
  }

  function release(m: Material, live: Material): void {
    const entry = copies.get(m);
    if (!entry) return;
    // Whoever changes these at run time (the roofs' fade from the air) wrote them on the copy.
    if (live.opacity !== m.opacity || live.transparent !== m.transparent || live.depthWrite !== m.depthWrite) {
      m.opacity = live.opacity;
      m.transparent = live.transparent;
      m.depthWrite = live.depthWrite;
      m.needsUpdate = true;
    }
    if (--entry.users > 0) return;
    copies.delete(m);
    releasing = true;
    entry.copy.dispose();
    releasing = false;
  }

  function swapMesh(mesh: Mesh): void {
    if (originals.has(mesh) || !mesh.material) return;
    const had = mesh.material;
    const now = Array.isArray(had) ? had.map(copyOf) : copyOf(had);
    // Nothing standard here (copyOf counted nothing): leave the mesh alone.
    if (now === had || (Array.isArray(now) && now.every((m, i) => m === (had as Material[])[i]))) return;
    originals.set(mesh, had);
    mesh.material = now;
  }

  function restoreMesh(mesh: Mesh): void {
    const had = originals.get(mesh);
    if (!had) return;
    originals.delete(mesh);
    const live = mesh.material;
    mesh.material = had;
    if (Array.isArray(had)) had.forEach((m, i) => release(m, (live as Material[])[i] ?? m));
    else release(had, live as Material);
  }

  function onChildAdded(e: ChildEvent): void {
    swapIn(e.child);
  }
  function onChildRemoved(e: ChildEvent): void {
    swapOut(e.child);
  }
  function onRootChildAdded(e: ChildEvent): void {
    if (accepts(e.child)) swapIn(e.child);
  }
  function onRootChildRemoved(e: ChildEvent): void {
    if (watched.has(e.child)) swapOut(e.child);
  }

  function swapIn(object: Object3D): void {
    object.traverse((o) => {
      if ((o as Mesh).isMesh) swapMesh(o as Mesh);
      if (watched.has(o)) return;
      watched.add(o);
      o.addEventListener('childadded', onChildAdded);
      o.addEventListener('childremoved', onChildRemoved);
    });
  }

  function swapOut(object: Object3D): void {
    object.traverse((o) => {
      if ((o as Mesh).isMesh) restoreMesh(o as Mesh);
      if (!watched.delete(o)) return;
      o.removeEventListener('childadded', onChildAdded);
      o.removeEventListener('childremoved', onChildRemoved);
    });
  }

  return {
    get active() {
      return root !== null;
    },
    get meshes() {
      return originals.size;
    },
    get copies() {
      return copies.size;
    },
    enter(scene, accept) {
      if (root) return;
      root = scene;
      accepts = accept;
      for (const child of scene.children) if (accept(child)) swapIn(child);
      scene.addEventListener('childadded', onRootChildAdded);
      scene.addEventListener('childremoved', onRootChildRemoved);
    },
    leave() {
      if (!root) return;
      root.removeEventListener('childadded', onRootChildAdded);
      root.removeEventListener('childremoved', onRootChildRemoved);
      for (const o of watched) {
        o.removeEventListener('childadded', onChildAdded);
        o.removeEventListener('childremoved', onChildRemoved);
      }
      watched.clear();
      for (const mesh of [...originals.keys()]) restoreMesh(mesh);
      // Any copy still counted belongs to a mesh that left without telling: dispose it all the same.
      for (const [, entry] of copies) {
        releasing = true;
        entry.copy.dispose();
        releasing = false;
      }
      copies.clear();
      root = null;
    },
  };
}
