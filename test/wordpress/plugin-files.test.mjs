// The WordPress plugin's files, without a site: PHP syntax, what the zip carries, the translations,
// and the PHP readers of phone numbers and office hours agreeing with the drop-in's own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { unzipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import { ZIP } from '../../scripts/wordpress-package.mjs';
import { check as checkTranslations } from '../../scripts/wordpress-i18n.mjs';

const root = new URL('../..', import.meta.url).pathname;
const PLUGIN = join(root, 'wordpress/clinic-widgets');
const sources = readdirSync(PLUGIN, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(PLUGIN, join(entry.parentPath, entry.name)));
const zip = unzipSync(readFileSync(ZIP));
const inZip = (path) => zip[`clinic-widgets/${path}`];

describe('the WordPress plugin files', () => {
  it('are valid PHP, every one (php -l)', () => {
    const php = sources.filter((path) => path.endsWith('.php'));
    assert.ok(php.length >= 8, `found ${php.length} PHP files`);
    for (const path of php) {
      const output = execFileSync('php', ['-l', join(PLUGIN, path)], { encoding: 'utf8' });
      assert.match(output, /No syntax errors detected/, path);
    }
  });

  it('zip into one clinic-widgets/ folder with the sources, the drop-in and the compiled translations', () => {
    const names = Object.keys(zip);
    assert.ok(
      names.every((name) => name.startsWith('clinic-widgets/')),
      'everything sits in clinic-widgets/, as WordPress expects',
    );
    for (const path of sources)
      assert.deepEqual(Buffer.from(inZip(path)), readFileSync(join(PLUGIN, path)), `${path} is in the zip as it is`);
    assert.deepEqual(
      Buffer.from(inZip('assets/clinic-widgets.iife.js')),
      readFileSync(join(root, 'dist/clinic-widgets.iife.js')),
      'the drop-in, byte for byte',
    );
    assert.deepEqual(
      Buffer.from(inZip('assets/clinic-widgets.css')),
      readFileSync(join(root, 'dist/prelayout.css')),
      'the pre-upgrade stylesheet is the library’s prelayout.css',
    );
    const extra = names.map((name) => name.slice('clinic-widgets/'.length)).filter((path) => !sources.includes(path));
    assert.deepEqual(extra.sort(), [
      'assets/clinic-widgets.css',
      'assets/clinic-widgets.iife.js',
      'assets/clinic-widgets.iife.js.map',
      'data/strings.json',
      'data/versions.json',
      'languages/clinic-widgets-es_ES-clinic-widgets-editor.json',
      'languages/clinic-widgets-es_ES.mo',
    ]);
  });

  it('declare the package’s version, WordPress 6.1 and PHP 8', () => {
    const header = readFileSync(join(PLUGIN, 'clinic-widgets.php'), 'utf8');
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.match(header, new RegExp(`^ \\* Version:\\s+${version.replaceAll('.', '\\.')}$`, 'm'));
    assert.match(header, /^ \* Requires at least:\s+6\.1$/m);
    assert.match(header, /^ \* Requires PHP:\s+8\.0$/m);
    assert.match(header, /^ \* Text Domain:\s+clinic-widgets$/m);
  });

  it('carry the widgets’ own words and crisis lines as the drop-in has them', async () => {
    const strings = JSON.parse(Buffer.from(inZip('data/strings.json')).toString());
    const { es } = await import(join(root, 'dist/lib/locales/es.js'));
    const { crisisResources } = await import(join(root, 'dist/lib/crisis-support/resources.js'));
    assert.equal(strings.es.bookLabel, es.bookLabel);
    assert.equal(strings.es.bookOrCall.replace('%s', '(480) 555-0123'), es.bookOrCall('(480) 555-0123'));
    assert.deepEqual(strings.es.crisisResources, crisisResources(es));
    assert.equal(strings.en.crisisResources[0].links[0].href, 'tel:988');
  });

  it('translate every admin string into Spanish, and the template lists them all', () => {
    assert.deepEqual(checkTranslations(), []);
    const mo = gettextParser.mo.parse(Buffer.from(inZip('languages/clinic-widgets-es_ES.mo')));
    assert.equal(mo.translations[''].Phone.msgstr[0], 'Teléfono');
    assert.equal(mo.translations['block title']['Book button'].msgstr[0], 'Botón de reserva');
    const editor = JSON.parse(Buffer.from(inZip('languages/clinic-widgets-es_ES-clinic-widgets-editor.json')).toString());
    assert.deepEqual(editor.locale_data.messages['Booking page'], ['Página de reservas']);
    assert.equal(editor.locale_data.messages['Your clinic'], undefined, 'PHP-only strings stay out of the editor script’s JSON');
  });

  it('stay out of the npm package, but for the copy the embed builder offers for download', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
    const files = pack.files.map((file) => file.path);
    assert.ok(files.includes('dist/clinic-widgets.iife.js'));
    // The builder, which the package includes, points WordPress sites to the plugin in its own folder.
    assert.deepEqual(
      files.filter((path) => path.includes('wordpress')),
      ['dist/builder/clinic-widgets-wordpress.zip'],
    );
  });

  it('read phone numbers and office hours exactly as the drop-in does', async () => {
    const { parsePhone } = await import(join(root, 'dist/lib/internal/phone.js'));
    const { parseHours } = await import(join(root, 'dist/lib/internal/hours.js'));
    const phones = [
      '(480) 555-0123',
      '480.555.0123',
      '1-480-555-0123',
      '+1 480 555 0123',
      '+44 20 7946 0958',
      '555-12',
      '(055) 555-0123',
      'call us',
      '+0 123 4567',
      '480 555 0123 ext 4',
      '',
    ];
    const hours = [
      'Mo-Fr 08:00-17:00; Sa 09:00-12:00',
      'Mo,We 09:00-12:00,13:00-17:00',
      'Fr 22:00-02:00',
      'Fr-Mo 10:00-14:00',
      'Mo-Su 00:00-24:00',
      '24/7',
      ' mo - fr 8:00 - 17:00 ;',
      'Mon to Fri 9-5',
      'Mo 25:00-26:00',
      'Mo-Fr',
      'Mo-Fr-Sa 08:00-17:00',
      'Xx 08:00-17:00',
      '',
    ];
    const dir = mkdtempSync(join(tmpdir(), 'clinic-php-'));
    try {
      const script = join(dir, 'parse.php');
      writeFileSync(
        script,
        `<?php define('ABSPATH', '/'); require ${JSON.stringify(join(PLUGIN, 'includes/parse.php'))};
$in = json_decode(file_get_contents('php://stdin'), true);
echo json_encode(['phones' => array_map('ClinicWidgets\\\\parse_phone', $in['phones']), 'hours' => array_map('ClinicWidgets\\\\parse_hours', $in['hours'])]);`,
      );
      const php = JSON.parse(execFileSync('php', [script], { input: JSON.stringify({ phones, hours }), encoding: 'utf8' }));
      assert.deepEqual(
        php.phones,
        phones.map((phone) => parsePhone(phone) ?? null),
      );
      assert.deepEqual(
        php.hours,
        hours.map((text) => parseHours(text) ?? null),
      );
      assert.ok(php.phones.filter(Boolean).length >= 5 && php.hours.filter(Boolean).length >= 6, 'the cases include readable values');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
