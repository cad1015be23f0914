/**
 * The bench's reference: the bare three.js viewer the visit's frame cost is compared with (issue 11).
 * It draws the edition's `site.glb` and `stands.glb` with their own materials, one hemisphere and one
 * directional light as the visit's (src/canvas/Atmosphere.tsx), and nothing else: no sky, fog, post,
 * markers or signs. Renderer settings are three's defaults but antialias, so its output is what a
 * plain three.js page gives: `outputColorSpace` SRGBColorSpace, `toneMapping` NoToneMapping, pixel
 * ratio 1, no shadows. It draws continuously from requestAnimationFrame and exposes
 * `window.__reference` for tools/bench/measure/frames.ts.
 */
import { DirectionalLight, HemisphereLight, PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { criticalFile } from '../../../src/edition/modelFiles.ts';
import { sunPosition } from '../../../src/edition/sun.ts';
import type { Edition } from '../../../src/edition/schema.ts';
import defaults from '../../../scenes/editions.json';

/** The camera the bench copies from the visit (`__visit.camera()`): world space, fov in degrees. */
export interface ReferenceCamera {
  position: number[];
  quaternion: number[];
  fov: number;
  near: number;
  far: number;
}

export interface ReferenceApi {
  /** Both models are in the scene and a first frame was drawn with them. */
  ready: Promise<void>;
  setCamera(camera: ReferenceCamera): void;
  /** Frames drawn since the page loaded. */
  frames(): number;
}

/** As in Atmosphere.tsx: only the light's direction lights, the distance keeps it outside the site. */
const SUN_DISTANCE = 220;

const suns = Object.fromEntries(
  Object.entries(import.meta.glob<Edition['sun']>('../../../scenes/*/edition.json', { eager: true, import: 'sun' })).map(
    ([file, sun]) => [file.split('/').at(-2)!, sun],
  ),
);
const edition = new URLSearchParams(location.search).get('edition') ?? defaults.default;
const sun = suns[edition];
if (!sun) throw new Error(`no edition "${edition}" under scenes/`);

const renderer = new WebGLRenderer({ antialias: true });
document.body.append(renderer.domElement);
const scene = new Scene();
const camera = new PerspectiveCamera(50, 1, 0.1, 2000);
scene.add(new HemisphereLight('#dcebff', '#cdb894', 1.35));
const light = new DirectionalLight('#fff4e0', 2.4);
light.position.set(...sunPosition(sun, SUN_DISTANCE));
scene.add(light);

function fit() {
  renderer.setSize(innerWidth, innerHeight);
  camera.aspect = innerWidth / innerHeight;
  camera.updateProjectionMatrix();
}
fit();
addEventListener('resize', fit);

let drawn = 0;
let firstFrame: (() => void) | null = null;
function draw() {
  requestAnimationFrame(draw);
  renderer.render(scene, camera);
  drawn++;
  firstFrame?.();
  firstFrame = null;
}

// The models are served by the visit's own build, beside this page (one origin, one copy).
const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
const modelUrl = (role: 'site' | 'stands') => new URL(`../models/${edition}/${criticalFile(role)}`, location.href).href;

async function start(): Promise<void> {
  const [site, stands] = await Promise.all([loader.loadAsync(modelUrl('site')), loader.loadAsync(modelUrl('stands'))]);
  scene.add(site.scene, stands.scene);
  await new Promise<void>((resolve) => {
    firstFrame = resolve;
    requestAnimationFrame(draw);
  });
}

const api: ReferenceApi = {
  ready: start(),
  setCamera({ position, quaternion, fov, near, far }) {
    camera.position.fromArray(position);
    camera.quaternion.fromArray(quaternion);
    camera.fov = fov;
    camera.near = near;
    camera.far = far;
    camera.updateProjectionMatrix();
  },
  frames: () => drawn,
};
(window as unknown as { __reference: ReferenceApi }).__reference = api;
