/**
 * Lighthouse's SEO and best-practices categories on the visit's page (desktop and mobile alike: these
 * audits read the document, its headers and its console, not timings): each category's score and
 * the audits that cost it points, with what Lighthouse says of them. The bench reports them;
 * tests/browser/lighthouse.test.ts holds both at 100.
 */
import { lighthouseReport } from './lighthouse.ts';

export const CATEGORIES = ['seo', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryScores {
  version: string;
  /** 0 to 100, by category. */
  scores: Record<Category, number | null>;
  /** Audits that counted and did not pass: `category/audit: title (display value)`. */
  failing: string[];
}

export async function measureCategories(url: string): Promise<CategoryScores> {
  const lhr = await lighthouseReport(url, [...CATEGORIES]);
  const scores = {} as Record<Category, number | null>;
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    scores[c] = cat?.score == null ? null : Math.round(cat.score * 100);
    for (const ref of cat?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
      const items = (a.details as { items?: unknown[] } | undefined)?.items ?? [];
      failing.push(
        `${c}/${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} ${JSON.stringify(items).slice(0, 400)}`,
      );
    }
  }
  return { version: lhr.lighthouseVersion, scores, failing };
}
