// Regenerates the WordPress plugin's translation template (wordpress/clinic-widgets/languages/
// clinic-widgets.pot) from its PHP, its editor script, its block.json files and its plugin header,
// then merges it into every .po beside it, as `wp i18n make-pot` would (WP-CLI is not in Debian).
// Needs GNU gettext (apt-get install -y gettext). `npm run build` compiles the .po files into the
// .mo and editor-script JSON that the plugin zip carries.
//
//   npm run wordpress:i18n            update the .pot and the .po files
//   npm run wordpress:i18n -- --check fail if the .pot misses a string or a .po lacks a translation
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import gettextParser from 'gettext-parser';

export const PLUGIN = new URL('../wordpress/clinic-widgets/', import.meta.url).pathname;
const LANGUAGES = join(PLUGIN, 'languages');
const POT = join(LANGUAGES, 'clinic-widgets.pot');
const DOMAIN = 'clinic-widgets';
// WordPress's own translation functions; `_x` and `_n` are not used yet, but are read if they come.
const PHP_KEYWORDS = ['__', '_e', 'esc_html__', 'esc_html_e', 'esc_attr__', 'esc_attr_e', '_x:1,2c', '_n:1,2'];

const files = (dir, ext) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ext))
    .map((entry) => relative(PLUGIN, join(entry.parentPath, entry.name)))
    .sort();

function xgettext(language, sources, keywords) {
  const output = execFileSync(
    'xgettext',
    [
      `--language=${language}`,
      '--from-code=UTF-8',
      '--add-comments=translators:',
      '--sort-by-file',
      '--output=-',
      ...keywords.map((k) => `--keyword=${k}`),
      ...sources,
    ],
    { cwd: PLUGIN },
  );
  return gettextParser.po.parse(output).translations;
}

/** Every translatable string of the plugin, as gettext-parser's translations table. */
export function extract() {
  const table = { '': {} };
  const add = (context, msgid, reference, extracted) => {
    const entry = (table[context] ??= {})[msgid] ?? { msgctxt: context || undefined, msgid, msgstr: [''], comments: { reference: '' } };
    entry.comments.reference = [entry.comments.reference, reference].filter(Boolean).join('\n');
    if (extracted) entry.comments.extracted = extracted;
    table[context][msgid] = entry;
  };
  // The plugin header, translated by WordPress on the Plugins screen.
  const header = readFileSync(join(PLUGIN, 'clinic-widgets.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    add('', new RegExp(`^ \\* ${field}:\\s*(.+)$`, 'm').exec(header)[1].trim(), 'clinic-widgets.php', `${field} of the plugin`);
  }
  // block.json: WordPress translates these fields with these contexts (its block-i18n.json).
  for (const file of files(join(PLUGIN, 'blocks'), 'block.json')) {
    const block = JSON.parse(readFileSync(join(PLUGIN, file), 'utf8'));
    add('block title', block.title, file);
    if (block.description) add('block description', block.description, file);
    for (const keyword of block.keywords ?? []) add('block keyword', keyword, file);
  }
  const phpFiles = files(PLUGIN, '.php').filter((file) => file !== 'uninstall.php');
  for (const [language, sources, keywords] of [
    ['PHP', phpFiles, PHP_KEYWORDS],
    ['JavaScript', files(join(PLUGIN, 'assets'), '.js'), ['__', '_x:1,2c', '_n:1,2']],
  ]) {
    for (const [context, entries] of Object.entries(xgettext(language, sources, keywords))) {
      for (const [msgid, entry] of Object.entries(entries)) {
        if (msgid) add(context, msgid, entry.comments?.reference, entry.comments?.extracted);
      }
    }
  }
  return table;
}

const poFiles = () => readdirSync(LANGUAGES).filter((f) => f.endsWith('.po'));

/** Problems: strings missing from the .pot or left untranslated in a .po. */
export function check() {
  const problems = [];
  const key = (context, msgid) => `${context ? `${context} | ` : ''}${msgid}`;
  const pot = gettextParser.po.parse(readFileSync(POT)).translations;
  for (const [context, entries] of Object.entries(extract())) {
    for (const msgid of Object.keys(entries)) if (!pot[context]?.[msgid]) problems.push(`${POT}: missing "${key(context, msgid)}"`);
  }
  for (const file of poFiles()) {
    const po = gettextParser.po.parse(readFileSync(join(LANGUAGES, file))).translations;
    for (const [context, entries] of Object.entries(pot)) {
      for (const msgid of Object.keys(entries)) {
        const entry = po[context]?.[msgid];
        if (!msgid) continue;
        if (!entry?.msgstr?.[0]) problems.push(`${file}: no translation of "${key(context, msgid)}"`);
        else if (entry.comments?.flag?.includes('fuzzy')) problems.push(`${file}: fuzzy translation of "${key(context, msgid)}"`);
      }
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--check')) {
    const problems = check();
    for (const problem of problems) console.error(problem);
    process.exit(problems.length ? 1 : 0);
  }
  const pot = gettextParser.po.compile(
    {
      charset: 'utf-8',
      headers: {
        'Project-Id-Version': 'Clinic Widgets',
        'Content-Type': 'text/plain; charset=UTF-8',
        'Content-Transfer-Encoding': '8bit',
        'X-Domain': DOMAIN,
      },
      translations: extract(),
    },
    { foldLength: 0 },
  );
  writeFileSync(POT, pot);
  for (const file of poFiles()) {
    execFileSync('msgmerge', ['--quiet', '--update', '--backup=none', '--no-wrap', join(LANGUAGES, file), POT], { stdio: 'inherit' });
  }
  console.log(`Wrote ${relative(process.cwd(), POT)} and merged it into ${poFiles().join(', ') || 'no .po file'}.`);
}
