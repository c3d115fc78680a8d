// Lighthouse, an outside judge, on the demo pages as `npm start` serves them: English and Spanish,
// mobile (its default: a 412 px phone, 4× CPU slowdown, simulated slow 4G) and desktop. The system
// Chromium, started by Lighthouse's own launcher with the flags every script here uses.
// package.json pins `third-party-web` (overrides): Lighthouse's trace engine asks for its "latest",
// which would put the lockfile out of step with the registry at each of its releases and fail `npm ci`.
import lighthouseRun from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const PAGES = { en: '/', es: '/demo/es/' };
const FORMS = { mobile: undefined, desktop: desktopConfig };

/**
 * `{ [lang]: { [form]: { scores: { performance, accessibility, 'best-practices', seo }, metrics, failed } } }`,
 * scores out of 100; `failed` names each scored audit below 1.
 */
export async function lighthouse(origin, chromePath, problems = new Set()) {
  const out = {};
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
  try {
    for (const [lang, path] of Object.entries(PAGES)) {
      out[lang] = {};
      for (const [form, config] of Object.entries(FORMS)) {
        const result = await lighthouseRun(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          problems.add(`Lighthouse ${lang} ${form}: ${lhr?.runtimeError?.message ?? 'no result'}`);
          continue;
        }
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        out[lang][form] = {
          scores: Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)])),
          metrics: {
            fcp: audit('first-contentful-paint'),
            lcp: audit('largest-contentful-paint'),
            tbt: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
            si: audit('speed-index'),
          },
          failed: Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
            .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
        };
        process.stderr.write(`\rLighthouse ${lang} ${form}      `);
      }
    }
  } finally {
    await chrome.kill();
  }
  return out;
}
