// Packages the WordPress plugin as dist/clinic-widgets-wordpress.zip, the file clinics upload in
// "Plugins → Add New → Upload Plugin": the plugin's sources (wordpress/clinic-widgets/), the built
// drop-in (served by the site itself), the widgets' own words and crisis lines for its no-JavaScript
// HTML (from src/locales/ and src/crisis-support/resources.ts, so they match the drop-in's), and the
// Spanish translation compiled from its .po (.mo for PHP, JSON for the editor script).
// Run by `npm run build`, after rollup and tsc.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';

const root = new URL('..', import.meta.url).pathname;
const PLUGIN = join(root, 'wordpress/clinic-widgets');
export const ZIP = join(root, 'dist/clinic-widgets-wordpress.zip');
const SLUG = 'clinic-widgets';
// The same date on every entry, so that the same sources make the same zip.
const MTIME = new Date('2026-01-01T00:00:00Z');

/** The plugin's files as `{ path in the zip: bytes }`, generated files included. */
export async function pluginFiles() {
  const files = {};
  for (const entry of readdirSync(PLUGIN, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = relative(PLUGIN, join(entry.parentPath, entry.name));
      files[path] = readFileSync(join(PLUGIN, path));
    }
  }

  // The drop-in, byte for byte what the CDN build is, with its source map.
  files['assets/clinic-widgets.iife.js'] = readFileSync(join(root, 'dist/clinic-widgets.iife.js'));
  files['assets/clinic-widgets.iife.js.map'] = readFileSync(join(root, 'dist/clinic-widgets.iife.js.map'));

  // The widgets' words for the server-rendered fallback HTML, with %s where PHP puts the number.
  const { en } = await import(join(root, 'dist/lib/locales/en.js'));
  const { es } = await import(join(root, 'dist/lib/locales/es.js'));
  const { crisisResources } = await import(join(root, 'dist/lib/crisis-support/resources.js'));
  const words = (strings) => ({
    bookLabel: strings.bookLabel,
    bookOrCall: strings.bookOrCall('%s'),
    call: strings.call('%s'),
    disclaimer: strings.disclaimer,
    crisisHeading: strings.crisisHeading,
    crisisResources: crisisResources(strings),
  });
  files['data/strings.json'] = Buffer.from(`${JSON.stringify({ en: words(en), es: words(es) }, null, 2)}\n`);

  // Each served file's version in its URL: a hash of its content.
  const versions = {};
  for (const path of Object.keys(files).filter((name) => /^assets\/.*\.(js|css)$/.test(name))) {
    versions[path] = createHash('sha256').update(files[path]).digest('hex').slice(0, 12);
  }
  files['data/versions.json'] = Buffer.from(`${JSON.stringify(versions, null, 2)}\n`);

  // Translations: .mo for PHP; for the editor script, WordPress's JSON (Jed) named after its handle.
  for (const file of Object.keys(files).filter((path) => path.endsWith('.po'))) {
    const po = gettextParser.po.parse(files[file]);
    files[file.replace(/\.po$/, '.mo')] = gettextParser.mo.compile(po);
    const messages = { '': { domain: 'messages', lang: po.headers.Language, 'plural-forms': po.headers['Plural-Forms'] } };
    for (const [context, entries] of Object.entries(po.translations)) {
      for (const [msgid, entry] of Object.entries(entries)) {
        if (msgid && entry.msgstr[0] && entry.comments?.reference?.includes('assets/editor.js')) {
          messages[context ? `${context}\u0004${msgid}` : msgid] = entry.msgstr;
        }
      }
    }
    files[file.replace(/\.po$/, `-${SLUG}-editor.json`)] = Buffer.from(JSON.stringify({ domain: 'messages', locale_data: { messages } }));
  }
  return files;
}

/** Fails when the plugin's version is not the package's. */
function checkVersion(files) {
  const header = /^ \* Version:\s*(\S+)/m.exec(files['clinic-widgets.php'].toString())?.[1];
  const constant = /const VERSION = '([^']+)'/.exec(files['clinic-widgets.php'].toString())?.[1];
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (header !== version || constant !== version) {
    throw new Error(
      `wordpress/clinic-widgets/clinic-widgets.php says version ${header} (header) and ${constant} (VERSION); package.json says ${version}.`,
    );
  }
}

export async function packagePlugin() {
  const files = await pluginFiles();
  checkVersion(files);
  const entries = Object.fromEntries(
    Object.entries(files)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, bytes]) => [`${SLUG}/${path}`, [new Uint8Array(bytes), { mtime: MTIME }]]),
  );
  const zip = zipSync(entries, { level: 9 });
  writeFileSync(ZIP, zip);
  return { files: Object.keys(entries).length, bytes: zip.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { files, bytes } = await packagePlugin();
  console.log(`WordPress plugin: ${relative(process.cwd(), ZIP)}, ${files} files, ${(bytes / 1024).toFixed(1)} KB`);
}
