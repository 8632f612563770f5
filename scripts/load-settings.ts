// Node-only: reads content/site.yaml and the environment. Kept apart from the pure stages so that
// astro.config.mjs and the pipeline share one resolution of the settings.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { settingsSchema, type Settings } from './schemas/settings.ts';
import { readYamlConfig } from './lib/yaml-config.ts';
import { UnfoldError } from './lib/unfold-error.ts';

export interface ResolvedSettings extends Settings {
  /** Absolute path of the article to build. */
  sourcePath: string;
  /** Absolute path of the `content/` folder. */
  contentDir: string;
  /** The keys `content/site.yaml` sets for this article: they win over what the article says about itself. */
  given: ReadonlySet<keyof Settings>;
}

/** The keys of `content/site.yaml` that describe the bundled article, not the site: another article brings its own. */
const describingKeys = ['title', 'description', 'attribution', 'lang'] as const;

/** Environment variables that override `content/site.yaml`. */
export interface SettingsEnv {
  SITE_SOURCE?: string | undefined;
  SITE_BASE?: string | undefined;
  SITE_URL?: string | undefined;
}

/** Reads `content/site.yaml` (optional) and applies `SITE_SOURCE`, `SITE_BASE` and `SITE_URL`. */
export function loadSettings(root: string, env: SettingsEnv = process.env): ResolvedSettings {
  const contentDir = path.join(root, 'content');
  const file = path.join(contentDir, 'site.yaml');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const relative = path.relative(root, file);
  const overrides = {
    ...(env.SITE_BASE ? { base: normaliseBase(env.SITE_BASE) } : {}),
    ...(env.SITE_URL ? { url: env.SITE_URL } : {}),
  };
  const { value, source } = readYamlConfig(relative, text, settingsSchema);
  // site.yaml describes the bundled article; another article brings its own title (or its file name) and language.
  const { title, description, attribution, lang, ...general } = value;
  const describing = env.SITE_SOURCE ? {} : { title, description, attribution, lang };
  const merged = settingsSchema.safeParse({ ...general, ...describing, ...overrides });
  if (!merged.success) {
    const [issue] = merged.error.issues;
    throw new UnfoldError(`environment SITE_${String(issue?.path[0]).toUpperCase()}`, issue?.message ?? 'invalid', {
      hint: 'SITE_BASE takes a path such as /guide/, SITE_URL an absolute http(s) URL',
    });
  }
  const sourcePath = env.SITE_SOURCE ? path.resolve(env.SITE_SOURCE) : path.resolve(contentDir, merged.data.source);
  const written = Object.keys((source.document.toJS() as object | null) ?? {}) as (keyof Settings)[];
  const given = new Set(written.filter((key) => !env.SITE_SOURCE || !(describingKeys as readonly string[]).includes(key)));
  return { ...merged.data, sourcePath, contentDir, given };
}

/** Accepts `guide`, `/guide` or `/guide/` and returns `/guide/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
