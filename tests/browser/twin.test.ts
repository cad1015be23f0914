/**
 * The search box and the 2D twin, as visitors use them: Arabic and French queries, Enter to travel;
 * the twin from the 3D view and back; the twin as the fallback without WebGL or when the 3D view
 * throws, used with the keyboard alone; axe on every page and language; Arabic text contrast.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchChromium } from '../../tools/browser/chromium.ts';
import { openVisit, shoot, type VisitPage } from './visit.ts';
import { frames, visitState, visitStats, waitReady } from '../../tools/browser/page.ts';
import { ROOT } from '../../tools/browser/server.ts';
import { arrivalViewpoint } from '../../src/walk/framing.ts';
import type { Stand } from '../../src/edition/schema.ts';

const LANGS = ['fr', 'ar', 'en'] as const;
type Lang = (typeof LANGS)[number];

const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const stands = (JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes', edition, 'stands.json'), 'utf8')) as { stands: Stand[] })
  .stands;
const standBy = (pred: (s: Stand) => boolean) => {
  const s = stands.find(pred);
  if (!s) throw new Error('no such stand in the default edition');
  return s;
};
const NARSA = standBy((s) => s.partner === 'NARSA');
const DNA = standBy((s) => s.name.fr === 'Empreinte génétique');
const BORDERS = standBy((s) => s.number === 15);

/** The sentence the twin opens with when there is no 3D, per language (a fragment of it). */
const NO_WEBGL: Record<Lang, RegExp> = {
  fr: /ne peut pas afficher la 3D \(WebGL n’est pas disponible\)/,
  ar: /لا يستطيع متصفحك أو جهازك عرض المشاهد ثلاثية الأبعاد/,
  en: /^Your browser or device cannot display 3D \(WebGL is unavailable\): here is the text version of the visit\.$/,
};

let browser: Browser;
let flat: Browser;
let visit: VisitPage;
/** Whether the page has fetched the twin's code (its own chunk, loaded on demand). */
const twinLoaded = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').some((e) => /\/Twin2D-[^/]*\.js$/.test(e.name)));

beforeAll(async () => {
  [browser, flat] = await Promise.all([launchChromium(), launchChromium({ noWebGL: true })]);
  visit = await openVisit(browser, `${inject('baseUrl')}?debug=1&lang=fr`);
  await waitReady(visit.page);
});

afterAll(async () => {
  await visit?.close();
  await Promise.all([browser?.close(), flat?.close()]);
});

const setLang = (page: Page, lang: Lang) =>
  page.evaluate((l) => (window as unknown as { __visit: { setLang(l: string): void } }).__visit.setLang(l), lang);

async function openStandList(page: Page) {
  if (!(await page.locator('[data-testid=stands-dialog]').isVisible())) await page.click('[data-testid=stands-open]');
  await page.locator('[data-testid=stands-dialog]').waitFor();
}

async function closeStandList(page: Page) {
  if (await page.locator('[data-testid=stands-dialog]').isVisible()) await page.click('[data-testid=stands-close]');
  await page.locator('[data-testid=stands-dialog]').waitFor({ state: 'detached' });
}

/** Types a query and returns the listed results (kind:id), once the list shows them. */
async function search(page: Page, query: string): Promise<string[]> {
  const input = page.getByTestId('search');
  await input.fill(query);
  await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
  return page.$$eval('[data-testid=search-results] [role=option]', (els) =>
    els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-id')}`),
  );
}

/** Waits for the end of a travel and returns the plan position. */
const near = ([x, z]: [number, number], stand: Stand, tolerance = 1.5) => {
  // The page is 1280 × 720: a desktop's framing, close in front of the stand.
  const v = arrivalViewpoint({ ...stand, kind: 'stand', stand }, { aspect: 1280 / 720 });
  return Math.hypot(x - v.x, z - v.z) < tolerance;
};

/**
 * Where the visitor is once a travel to `stand` has ended. The travel may start a few frames after
 * the action that asked for it, so "not travelling" alone could be the moment before it starts: wait
 * until the visitor is near the stand (or 30 s), then until the travel is over.
 */
async function arrivalAt(page: Page, stand: Stand): Promise<[number, number]> {
  const at = async (): Promise<[number, number]> => {
    const p = (await visitState(page)).position;
    return [p[0]!, p[2]!];
  };
  await expect.poll(async () => near(await at(), stand), { timeout: 30_000 }).toBe(true);
  await expect.poll(async () => (await visitState(page)).travelling, { timeout: 30_000 }).toBe(false);
  await frames(page, 2);
  return at();
}

/** Serious and critical violations of a page (or of what `only` selects), and the count of all of them by impact. */
async function axe(page: Page, label: string, only?: string) {
  const builder = new AxeBuilder({ page });
  if (only) builder.include(only);
  const { violations } = await builder.analyze();
  const byImpact: Record<string, number> = {};
  for (const v of violations) byImpact[v.impact ?? 'unknown'] = (byImpact[v.impact ?? 'unknown'] ?? 0) + 1;
  console.log(`axe ${label}: ${violations.length} violation(s)`, JSON.stringify(byImpact), violations.map((v) => v.id).join(' '));
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

interface ContrastFinding {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/**
 * WCAG contrast of every visible Arabic text under `selector`: the text colour against the effective
 * background (backgrounds composited up the ancestors until an opaque one), ≥ 4.5, or ≥ 3 for large
 * text (24 px, or 18.66 px bold). Returns the elements checked.
 */
function arabicContrast(page: Page, selector: string): Promise<ContrastFinding[]> {
  return page.evaluate((sel) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (!m) return [0, 0, 0, 0];
      const [r, g, b, a] = m[1]!
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number);
      return [r!, g!, b!, a ?? 1];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = ([r, g, b]: RGBA) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const background = (el: Element): RGBA => {
      const layers: RGBA[] = [];
      for (let a: Element | null = el; a; a = a.parentElement) {
        const c = parse(getComputedStyle(a).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let out: RGBA = [255, 255, 255, 1];
      for (const layer of layers.reverse()) out = over(layer, out);
      return out;
    };
    const roots = [...document.querySelectorAll(sel)];
    const out: Array<{ text: string; ratio: number; needed: number; color: string; background: string }> = [];
    for (const root of roots) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
        if (!own || !/[\u0600-\u06ff]/.test(own)) continue;
        if ((el.closest('[lang]') as HTMLElement | null)?.lang !== 'ar') continue;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        if (style.visibility !== 'visible' || rect.width <= 1 || rect.height <= 1 || el.closest('[hidden]')) continue;
        const fg = parse(style.color);
        const bg = background(el);
        const color = over(fg, bg);
        const [l1, l2] = [lum(color), lum(bg)].sort((a, b) => b - a) as [number, number];
        const ratio = (l1 + 0.05) / (l2 + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        out.push({
          text: own.slice(0, 40),
          ratio: Math.round(ratio * 100) / 100,
          needed: large ? 3 : 4.5,
          color: style.color,
          background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
        });
      }
    }
    return out;
  }, selector);
}

describe('the search box in the stand list', () => {
  it('finds the same first stand for an Arabic query with and without diacritics', async () => {
    const { page } = visit;
    await setLang(page, 'ar');
    await openStandList(page);
    const input = page.getByTestId('search');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('placeholder')).toMatch(/[\u0600-\u06ff]/);
    // The visible label names the field.
    expect(await page.locator(`label[for="${await input.getAttribute('id')}"]`).innerText()).toMatch(/[\u0600-\u06ff]/);

    const withMarks = await search(page, 'البَصْمَة الجِينِيَّة');
    const without = await search(page, 'البصمة الجينية');
    expect(withMarks[0]).toBe(`stand:${DNA.id}`);
    expect(without[0]).toBe(withMarks[0]);
    // The list below keeps the stands found.
    const rows = await page.$$eval('.stands-row', (els) => els.map((e) => e.getAttribute('data-stand')));
    expect(rows).toContain(DNA.id);
    expect(rows.length).toBeLessThan(stands.length);
    // The first result is the active descendant; Down moves it.
    const first = await page.locator('[role=option]').first().getAttribute('id');
    expect(await input.getAttribute('aria-activedescendant')).toBe(first);
    // Software rendering lags: let the dialog's entrance finish on screen before the picture.
    await frames(page, 4);
    await shoot(page, 'search-ar');
    if (without.length > 1) {
      await input.press('ArrowDown');
      const second = await page.locator('[role=option]').nth(1).getAttribute('id');
      expect(await input.getAttribute('aria-activedescendant')).toBe(second);
      expect(await page.locator('[role=option][aria-selected=true]').getAttribute('id')).toBe(second);
      await input.press('ArrowUp');
    }
    // Arabic-Indic digits find a stand by number.
    expect((await search(page, '١٥'))[0]).toBe(`stand:${BORDERS.id}`);
  });

  it('finds the NARSA stand without accents in French, and Enter goes there', async () => {
    const { page } = visit;
    await setLang(page, 'fr');
    await openStandList(page);
    const results = await search(page, 'securite routiere');
    expect(results[0]).toBe(`stand:${NARSA.id}`);
    await page.getByTestId('search').press('Enter');
    await page.locator('[data-testid=stands-dialog]').waitFor({ state: 'detached' });
    const at = await arrivalAt(page, NARSA);
    expect(near(at, NARSA), `arrived at ${at.join(', ')}`).toBe(true);
  });

  it('Esc closes the result list, then clears the field, then closes the dialog', async () => {
    const { page } = visit;
    await openStandList(page);
    await search(page, 'police');
    const input = page.getByTestId('search');
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.inputValue()).toBe('police');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    await input.press('Escape');
    await page.locator('[data-testid=stands-dialog]').waitFor({ state: 'detached' });
  });
});

describe('the 2D twin from the 3D view', () => {
  it('is not in the first load, opens from a visible button with the current stand highlighted, and shows a stand in 3D', async () => {
    const { page } = visit;
    await closeStandList(page);
    // After the previous test the visitor stands in front of the NARSA stand.
    expect(near(await arrivalAt(page, NARSA), NARSA)).toBe(true);
    expect(await twinLoaded(page)).toBe(false);
    const button = page.getByTestId('twin-open');
    expect(await button.isVisible()).toBe(true);
    expect(await button.innerText()).toMatch(/2D/);
    await button.click();
    const twin = page.getByTestId('twin');
    await twin.waitFor();
    expect(await twinLoaded(page)).toBe(true);
    expect(new URL(page.url()).searchParams.get('mode')).toBe('2d');
    // The 3D page under it is out of reach.
    expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(true);
    const current = page.locator(`article[data-stand="${NARSA.id}"]`);
    expect(await current.getAttribute('aria-current')).toBe('location');
    expect(await current.getByTestId('twin-current').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-stand'))).toBe(NARSA.id);
    expect(await current.isVisible()).toBe(true);
    expect(await page.getByTestId('twin-back').isVisible()).toBe(true);

    // "Show in 3D" on another stand: the twin closes and the visitor travels there.
    await page.locator(`[data-testid=twin-go][data-stand="${BORDERS.id}"]`).click();
    await twin.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
    const at = await arrivalAt(page, BORDERS);
    expect(near(at, BORDERS), `arrived at ${at.join(', ')}`).toBe(true);
    expect(await page.evaluate(() => document.getElementById('root')!.inert)).toBe(false);
  });

  it('"Back to 3D" returns to the 3D view and the focus to the button', async () => {
    const { page } = visit;
    await page.getByTestId('twin-open').click();
    await page.getByTestId('twin').waitFor();
    await page.getByTestId('twin-back').click();
    await page.getByTestId('twin').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('twin-open');
  });
});

describe('the 2D twin asked for in the URL', () => {
  it('opens with ?mode=2d, the 3D view loading behind it, and "Back to 3D" leaves it', async () => {
    // A browser of its own, as a visitor's would be: in the suite's browser the shared page above
    // keeps drawing the 3D view in the same GPU process (a visitor's other tabs are throttled), and
    // every synchronous WebGL call of this page (creating its context, compiling its shaders) waited
    // behind those frames, seconds each on a loaded machine: one run in three passed 30 s.
    const own = await launchChromium();
    const v = await openVisit(own, `${inject('baseUrl')}?mode=2d&lang=en&debug=1`, { viewport: { width: 800, height: 600 } });
    const { page } = v;
    try {
      await page.locator('[data-testid=twin] h1').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('twin-notice').count()).toBe(0);
      await shoot(page, 'twin-mode-2d');
      // The 3D view starts behind the twin once the twin has painted (not before: see CanvasGate).
      await expect.poll(() => page.locator('#root canvas').count()).toBe(1);
      // Covered by the twin, the 3D view draws nothing: its frame loop waits.
      await frames(page, 10);
      expect((await visitStats(page)).calls).toBe(0);
      await page.getByTestId('twin-back').click();
      await page.getByTestId('twin').waitFor({ state: 'detached' });
      expect(new URL(page.url()).searchParams.get('mode')).toBeNull();
      expect(await page.getByTestId('twin-open').isVisible()).toBe(true);
      await waitReady(page);
      expect((await visitStats(page)).calls).toBeGreaterThan(0);
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.close();
      await own.close();
    }
  });
});

describe('the 2D twin when there is no 3D', () => {
  it('shows without WebGL, with the sentence saying why, and no way to a 3D view', async () => {
    const v = await openVisit(flat, `${inject('baseUrl')}?lang=en`);
    try {
      const twin = v.page.getByTestId('twin');
      await twin.waitFor({ timeout: 30_000 });
      await v.page.locator('[data-testid=twin] h1').waitFor();
      expect(await v.page.getByTestId('twin-notice').innerText()).toMatch(NO_WEBGL.en);
      expect(await v.page.getByTestId('twin-back').count()).toBe(0);
      expect(await v.page.getByTestId('twin-go').count()).toBe(0);
      expect(await v.page.locator('canvas').count()).toBe(0);
      // Every stand and place is there, under the heading structure h1 > h2 (places) > h3 (stands);
      // the programme's days are h3 of their own section.
      const outline = await v.page.evaluate(() =>
        [...document.querySelectorAll('[data-testid=twin] :is(h1, h2, h3)')]
          .filter((h) => !h.closest('[data-testid=twin-programme]'))
          .map((h) => h.tagName),
      );
      expect(outline.filter((h) => h === 'H1')).toHaveLength(1);
      expect(outline.filter((h) => h === 'H3')).toHaveLength(stands.length);
      expect(v.consoleErrors).toEqual([]);
      expect(v.offsite).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('takes over when the 3D view throws (a renderer that cannot get its context)', async () => {
    const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
    try {
      const page = await context.newPage();
      // The probe gets its context, the renderer does not.
      await page.addInitScript(() => {
        const real = HTMLCanvasElement.prototype.getContext;
        let calls = 0;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
          if (type.startsWith('webgl') && calls++ > 0) return null;
          return (real as (t: string, o?: unknown) => RenderingContext | null).call(this, type, options);
        } as typeof real;
      });
      await page.goto(`${inject('baseUrl')}?lang=fr`);
      await page.getByTestId('twin').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('twin-notice').innerText()).toMatch(NO_WEBGL.fr);
      expect(await page.getByTestId('twin-back').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('is used with the keyboard alone: skip link, a stand from the contents, the language switch', async () => {
    const v = await openVisit(flat, `${inject('baseUrl')}?lang=fr`);
    const { page } = v;
    try {
      await page.locator('[data-testid=twin] h1').waitFor({ timeout: 30_000 });
      expect(await page.getByTestId('twin-notice').innerText()).toMatch(NO_WEBGL.fr);
      const focused = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return {
            tag: el?.tagName,
            id: el?.id,
            stand: el?.dataset.stand ?? null,
            lang: el?.getAttribute('lang'),
            text: el?.textContent,
          };
        });

      // The first Tab reaches the skip link; Enter moves to the content.
      await page.keyboard.press('Tab');
      expect((await focused()).text).toBe('Aller au contenu');
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).transform)).toBe('none');
      await page.keyboard.press('Enter');
      expect((await focused()).id).toBe('twin-main');

      // Tab on to the first stand of the contents, Enter: the stand itself has the focus, in view.
      let stand: string | null = null;
      for (let i = 0; i < 40 && !stand; i++) {
        await page.keyboard.press('Tab');
        stand = (await focused()).stand;
      }
      expect(stand).toBe(DNA.id);
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused()).id).toBe(`twin-stand-${DNA.id}`);
      await expect
        .poll(() =>
          page.evaluate(() => {
            const r = document.activeElement!.getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight / 2;
          }),
        )
        .toBe(true);
      await shoot(page, 'twin-nowebgl-fr');

      // Back to the top with Shift+Tab to the language switch; Arabic by keyboard: the twin turns right to left.
      for (let i = 0; i < 100 && (await focused()).lang !== 'ar'; i++) await page.keyboard.press('Shift+Tab');
      expect((await focused()).lang).toBe('ar');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('twin').getAttribute('dir')).toBe('rtl');
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
      expect(await page.getByTestId('twin-notice').innerText()).toMatch(NO_WEBGL.ar);
      await page.evaluate(() => document.querySelector('[data-testid=twin]')!.scrollTo(0, 0));
      await shoot(page, 'twin-ar');
      expect(v.consoleErrors).toEqual([]);
    } finally {
      await v.close();
    }
  });
});

describe('accessibility', () => {
  it('axe: no serious or critical violation on the 2D twin, in French, Arabic and English', async () => {
    const v = await openVisit(flat, `${inject('baseUrl')}?lang=fr`);
    try {
      await v.page.locator('[data-testid=twin] h1').waitFor({ timeout: 30_000 });
      const found: string[] = [];
      for (const lang of LANGS) {
        await v.page.click(`[data-testid=twin] button[lang=${lang}]`);
        await expect.poll(() => v.page.getByTestId('twin').getAttribute('lang')).toBe(lang);
        found.push(...(await axe(v.page, `twin ${lang}`)).map((f) => `${lang}: ${f}`));
      }
      expect(found).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it('axe: no serious or critical violation on the 3D page with the stand list open, in each language', async () => {
    const { page } = visit;
    const found: string[] = [];
    for (const lang of LANGS) {
      await setLang(page, lang);
      // The whole 3D page, dialog closed, and the 2D button on its own: both clean.
      await closeStandList(page);
      await frames(page, 2);
      found.push(...(await axe(page, `3D page ${lang}`)).map((f) => `${lang}: ${f}`));
      found.push(...(await axe(page, `3D page, 2D button ${lang}`, '[data-testid=twin-open]')).map((f) => `${lang}: ${f}`));
      // With the stand list open (a modal dialog: axe checks the dialog, the rest being inert).
      await openStandList(page);
      await page.waitForFunction(() => document.querySelector('[data-testid=stands-dialog]')?.getAnimations().length === 0);
      await frames(page, 2);
      found.push(...(await axe(page, `3D + stand list ${lang}`)).map((f) => `${lang}: ${f}`));
      await search(page, lang === 'ar' ? 'شرطة' : 'police');
      found.push(...(await axe(page, `3D + stand list, searching ${lang}`)).map((f) => `${lang}: ${f}`));
    }
    await closeStandList(page);
    expect(found).toEqual([]);
  });

  it('Arabic text meets WCAG AA contrast in the twin and in the stand list', async () => {
    const v = await openVisit(flat, `${inject('baseUrl')}?lang=ar`);
    try {
      await v.page.locator('[data-testid=twin] h1').waitFor({ timeout: 30_000 });
      const twin = await arabicContrast(v.page, '[data-testid=twin]');
      console.log(`Arabic contrast, twin: ${twin.length} texts, lowest ${Math.min(...twin.map((f) => f.ratio))}`);
      expect(twin.length).toBeGreaterThan(100);
      expect(twin.filter((f) => f.ratio < f.needed)).toEqual([]);
    } finally {
      await v.close();
    }

    const { page } = visit;
    await setLang(page, 'ar');
    await openStandList(page);
    await search(page, 'الشرطة');
    const list = await arabicContrast(page, '[data-testid=stands-dialog]');
    console.log(`Arabic contrast, stand list: ${list.length} texts, lowest ${Math.min(...list.map((f) => f.ratio))}`);
    expect(list.length).toBeGreaterThan(10);
    expect(list.filter((f) => f.ratio < f.needed)).toEqual([]);
    await closeStandList(page);
    await setLang(page, 'fr');
  });
});
