/**
 * The open stand's panel in the headset, where no HTML shows: the same store state as the HTML
 * panel (`openStand`, `openHotspot`: a marker pressed with a ray or a pinch opens both), painted with
 * canvas 2D from the same content and Markdown rules (src/canvas/xr/panel/), on a plane placed in
 * front of the visitor (src/xr/placement.ts: 1.5 m, a little below eye level, brought back in front
 * when the head turns more than 30° away). A video hotspot gets its screen beside the panel, on the
 * side the reading goes on. Painted when its content, page, language or picture changes, never per
 * frame; the texture and the video are released when the panel closes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useFrame, type ThreeEvent } from '@react-three/fiber';
import type { Group, Mesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { player } from '../../state/frame.ts';
import { xrFrame, xrPanel } from '../../state/xr.ts';
import { targetById, type Target } from '../../edition/targets.ts';
import type { Hotspot } from '../../edition/schema.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { THEME_LABELS } from '../../i18n/themes.ts';
import type { Lang } from '../../i18n/lang.ts';
import { mediaUrl } from '../../launch/editions.ts';
import { headInWorld, makeHeadPose } from '../../xr/pose.ts';
import { makePanelLayout, needsRecentre, placePanel, PANEL_HEIGHT, PANEL_WIDTH, type Placement } from '../../xr/placement.ts';
import { hitAt, type HitRect } from './hits.ts';
import { usePaintedPlane, useXrSurface } from './surface.ts';
import { layoutPanel, panelFont, PANEL_H, PANEL_W, type PanelContent } from './panel/layout.ts';
import { canvasMeasure, paintPanel, type PanelAction } from './panel/paintPanel.ts';
import { VideoScreen } from './video/VideoScreen.tsx';

/** A place has no theme: its badge is the site's navy. */
const PLACE_COLOR = '#16325c';
/** Seconds between two checks of whether the panel should come back in front. */
const RECENTRE_EVERY = 0.5;

function imagesOf(h: Hotspot | undefined): Array<{ src: string; width?: number; height?: number }> {
  if (!h) return [];
  if (h.type === 'info') return h.image ? [h.image] : [];
  if (h.type === 'gallery') return h.images;
  return [];
}

function contentOf(target: Target, hotspot: Hotspot | undefined, lang: Lang): PanelContent {
  const i = hotspot ? target.hotspots.indexOf(hotspot) : -1;
  return {
    lang,
    number: target.kind === 'stand' ? String(target.stand.number) : '',
    themeLabel: target.kind === 'stand' ? THEME_LABELS[lang][target.stand.theme] : '',
    themeColor: target.kind === 'stand' ? THEME_COLORS[target.stand.theme] : PLACE_COLOR,
    title: target.name[lang],
    description: target.description[lang],
    hotspot: hotspot && { title: hotspot.title[lang], body: 'body' in hotspot ? hotspot.body?.[lang] : undefined },
    images: imagesOf(hotspot).map((im) => ({ aspect: im.width && im.height ? im.width / im.height : 4 / 3 })),
    hotspotNav: target.hotspots.length > 1 ? { previous: i > 0, next: i < target.hotspots.length - 1 } : undefined,
  };
}

function toRotation(p: Placement): [number, number, number] {
  return [p.pitch, p.yaw, 0];
}

const headWorld = makeHeadPose();

function Panel({
  target,
  hotspot,
  lang,
  editionId,
}: {
  target: Target;
  hotspot: Hotspot | undefined;
  lang: Lang;
  editionId: string;
}) {
  const surface = usePaintedPlane(PANEL_W, PANEL_H, PANEL_WIDTH, PANEL_HEIGHT, false);

  const content = useMemo(() => contentOf(target, hotspot, lang), [target, hotspot, lang]);
  const [fontsIn, setFontsIn] = useState(0);
  // The widths the canvas measures change when the fonts arrive: laid out again then.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- fontsIn is what changed, not a value read
  const layout = useMemo(() => layoutPanel(content, canvasMeasure(surface.ctx)), [content, surface, fontsIn]);
  const [page, setPage] = useState(0);
  const [image, setImage] = useState<{ index: number; img: HTMLImageElement } | null>(null);
  const hits = useRef<HitRect<PanelAction>[]>([]);

  // A panel opened at a hotspot starts at the hotspot's page.
  useEffect(() => setPage(layout.hotspotPage ?? 0), [layout]);
  // The canvas does not wait for fonts: paint again once they are in.
  useEffect(() => {
    let live = true;
    void Promise.all([400, 600, 700].map((w) => document.fonts.load(panelFont(lang, 44, w), lang === 'ar' ? 'الشرطة' : 'Police')))
      .catch(() => undefined)
      .then(() => live && setFontsIn((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang]);
  // The page's picture, loaded from the edition's media; a broken one leaves its box empty, nothing else.
  const pictures = useMemo(() => imagesOf(hotspot), [hotspot]);
  const wanted = layout.pages[Math.min(page, layout.pages.length - 1)]?.image?.index ?? -1;
  useEffect(() => {
    const source = pictures[wanted];
    if (!source) return;
    const img = new Image();
    img.crossOrigin = 'anonymous';
    img.decoding = 'async';
    img.src = mediaUrl(editionId, source.src);
    let live = true;
    img.decode().then(
      () => live && setImage({ index: wanted, img }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [pictures, wanted, editionId]);

  useEffect(() => {
    const result = paintPanel(surface.ctx, content, page, image && image.index === wanted ? image.img : undefined, layout);
    hits.current = result.hits;
    surface.texture.needsUpdate = true;
    Object.assign(xrPanel, {
      target: target.id,
      hotspot: hotspot?.id ?? null,
      page: Math.min(page, result.pages - 1),
      pages: result.pages,
    });
  }, [surface, content, layout, page, image, wanted, target, hotspot]);
  useEffect(
    () => () => {
      xrPanel.target = null;
    },
    [],
  );

  // Placed in front of the head when it opens (and for the reading direction), again when the head turns away.
  const place = useMemo(makePanelLayout, []);
  const group = useRef<Group>(null);
  const mesh = useRef<Mesh>(null);
  useXrSurface('panel', mesh, PANEL_WIDTH, PANEL_HEIGHT);
  const screen = useRef<Group>(null);
  const video = hotspot?.type === 'video' ? hotspot.video : null;
  const since = useRef(Infinity);
  const apply = () => {
    headInWorld(player, xrFrame.head, headWorld);
    placePanel(headWorld, lang, video !== null, place);
    const g = group.current;
    if (g) {
      g.position.set(place.panel.position.x, place.panel.position.y, place.panel.position.z);
      g.rotation.set(...toRotation(place.panel), 'YXZ');
    }
    const s = screen.current;
    if (s && place.screen) {
      s.position.set(place.screen.position.x, place.screen.position.y, place.screen.position.z);
      s.rotation.set(...toRotation(place.screen), 'YXZ');
    }
  };
  useEffect(() => {
    since.current = Infinity;
  }, [target, hotspot, lang]);
  useFrame((_, delta) => {
    since.current += delta;
    if (since.current === Infinity || !Number.isFinite(since.current)) {
      apply();
      since.current = 0;
      return;
    }
    if (since.current < RECENTRE_EVERY) return;
    since.current = 0;
    headInWorld(player, xrFrame.head, headWorld);
    if (needsRecentre(headWorld, place)) apply();
  });

  const press = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (!e.uv) return;
    const action = hitAt(hits.current, e.uv.x, e.uv.y, PANEL_W, PANEL_H);
    const { setOpenStand } = useVisit.getState();
    const i = hotspot ? target.hotspots.indexOf(hotspot) : -1;
    if (action === 'close') setOpenStand(null);
    else if (action === 'prev-page') setPage((p) => Math.max(0, p - 1));
    else if (action === 'next-page') setPage((p) => Math.min(layout.pages.length - 1, p + 1));
    else if (action === 'prev-hotspot' && i > 0) setOpenStand(target.id, target.hotspots[i - 1]!.id);
    else if (action === 'next-hotspot' && i < target.hotspots.length - 1) setOpenStand(target.id, target.hotspots[i + 1]!.id);
  };

  return (
    <>
      <group ref={group} name="xr-panel">
        <mesh ref={mesh} geometry={surface.geometry} material={surface.material} onClick={press} renderOrder={5} />
      </group>
      {video && (
        <group ref={screen} name="xr-video">
          <VideoScreen video={video} editionId={editionId} lang={lang} />
        </group>
      )}
    </>
  );
}

export function XRStandPanel() {
  const data = useVisit((s) => s.data);
  const editionId = useVisit((s) => s.editionId);
  const lang = useVisit((s) => s.lang);
  const openStand = useVisit((s) => s.openStand);
  const openHotspot = useVisit((s) => s.openHotspot);
  const target = targetById(data, openStand);
  if (!target) return null;
  const hotspot = target.hotspots.find((h) => h.id === openHotspot);
  // Keyed by target: another stand is a new panel (new placement, page, picture).
  return <Panel key={target.id} target={target} hotspot={hotspot} lang={lang} editionId={editionId} />;
}
