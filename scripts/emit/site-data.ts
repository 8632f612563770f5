import path from 'node:path';
import { exitDestinationFor } from '../../src/i18n/exit-destinations.ts';
import type { Redirect } from '../links/keep-links.ts';
import type { TermEntry } from '../render/cross-link.ts';
import type { PipelineResult } from '../run-pipeline.ts';

/** What every page may need besides the topics: written to `site.json` and read by the site. */
export interface SiteData {
  title: string;
  description: string;
  url: string;
  base: string;
  lang: string;
  exitUrl: string;
  /** Whether pages have the quick exit, the safety notice and a Browsing safely page (`safety` in site.yaml). */
  safety: boolean;
  attribution: string;
  socialCards: boolean;
  /** `file` is the article's file name, without its folders. */
  source: { file: string; format: PipelineResult['format']; topics: number; words: number };
  corrections: { original: string; fix: string; note?: string; line: number; column: number }[];
  lint: { count: number; byRule: Record<string, number>; warnings: { line: number; column: number; rule: string; message: string }[] };
  /** The index of terms (`content/terms.yaml`), alphabetical, each with every place it occurs. */
  terms: TermEntry[];
  /** Addresses the site published that now lead elsewhere (content/published-links/), each built as a redirect page. */
  redirects: Redirect[];
}

/** Collects the site-wide data of a pipeline run. Without a configured title the article's own, or its file name, is used (`provenance`). */
export function buildSiteData(result: PipelineResult): SiteData {
  const { provenance, format, settings, sourceFile, rendered, corrections, warnings, termIndex } = result;
  const byRule: Record<string, number> = {};
  for (const warning of warnings) byRule[warning.rule] = (byRule[warning.rule] ?? 0) + 1;
  return {
    title: provenance.title.value,
    description: settings.description,
    url: settings.url,
    base: settings.base,
    lang: settings.lang,
    exitUrl: settings.exitUrl ?? exitDestinationFor(settings.lang),
    safety: settings.safety,
    attribution: settings.attribution,
    socialCards: settings.socialCards,
    source: {
      // Its name only: the folders above it are the writer's machine (`/home/maria/Documents/…`), not the reader's business.
      file: path.basename(sourceFile),
      format,
      topics: rendered.length,
      words: rendered.reduce((sum, topic) => sum + topic.frontmatter.words, 0),
    },
    corrections: corrections.map(({ original, fix, note, line, column }) => ({ original, fix, ...(note ? { note } : {}), line, column })),
    lint: {
      count: warnings.length,
      byRule,
      warnings: warnings.map(({ position, rule, message }) => ({ line: position.line, column: position.column, rule, message })),
    },
    terms: termIndex,
    redirects: result.links.redirects,
  };
}
