// A real WordPress on this machine, for the plugin's tests: Debian's `wordpress` package (copied, as
// its files are symlinks into /usr/share and its config lives in /etc/wordpress), a private MariaDB
// (its own data folder and socket, no network, not the system service) and PHP's built-in web
// server. Nothing reaches the internet: WordPress's own HTTP requests, updates and cron are off.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const WORDPRESS = '/usr/share/wordpress';

/** What this machine lacks to run the site, as Debian package names (empty when ready). */
export function missingPackages() {
  const missing = [];
  const has = (command) => {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (!existsSync(join(WORDPRESS, 'wp-load.php'))) missing.push('wordpress');
  if (!has('php')) missing.push('php-cli');
  else {
    const modules = execFileSync('php', ['-m'], { encoding: 'utf8' }).toLowerCase();
    for (const [module, pkg] of [
      ['mysqli', 'php-mysql'],
      ['dom', 'php-xml'],
      ['mbstring', 'php-mbstring'],
      ['zip', 'php-zip'],
    ]) {
      if (!modules.includes(`\n${module}\n`)) missing.push(pkg);
    }
  }
  if (!has('mariadbd') || !has('mariadb-install-db')) missing.push('mariadb-server');
  if (!has('xgettext')) missing.push('gettext');
  return missing;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, test, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(200);
  }
}

/**
 * Starts MariaDB and PHP, installs WordPress with an Administrator (`admin`), an Author (`author`)
 * and a Spanish-speaking Administrator (`admin_es`), all with the password `password`. Returns the
 * site's origin, `php(code)` to run PHP inside WordPress, and `stop()`.
 */
export async function startSite({ title = 'Renew Wellness (test site)', timezone = 'America/Phoenix' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'clinic-wp-'));
  const site = join(dir, 'site');
  const socket = join(dir, 'mysqld.sock');
  const children = [];
  const stop = async () => {
    // Each child leads its own process group (PHP's server forks workers): the group is stopped.
    const signal = (child, name) => {
      try {
        process.kill(-child.pid, name);
      } catch {
        // already gone
      }
    };
    for (const child of children.reverse()) {
      const exited = child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
      signal(child, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      signal(child, 'SIGKILL');
    }
    if (process.env.KEEP_WORDPRESS) console.log(`KEEP_WORDPRESS: the site's files, database and debug.log are in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  };

  try {
    // MariaDB: a fresh data folder; root logs in with no password, over the socket only.
    const rootUser = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...rootUser],
      {
        stdio: 'ignore',
      },
    );
    const mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(dir, 'db')}`,
        `--socket=${socket}`,
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        `--log-error=${join(dir, 'mysqld.log')}`,
        '--skip-networking',
        '--skip-log-bin',
        '--performance-schema=OFF',
        '--innodb-buffer-pool-size=32M',
        '--innodb-flush-log-at-trx-commit=0',
        ...rootUser,
      ],
      { stdio: 'ignore', detached: true },
    );
    children.push(mariadb);
    await until('MariaDB', () => {
      execFileSync('mariadb', [`--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress'], { stdio: 'ignore' });
      return true;
    });

    // WordPress: Debian's tree, dereferenced, with a plain wp-config.php.
    execFileSync('cp', ['-rL', WORDPRESS, site]);
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const salt = () => randomBytes(32).toString('hex');
    const keys = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${origin}');
define('WP_SITEURL', '${origin}');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(dir, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    // This machine sends no mail (WordPress mails new users and password changes).
    execFileSync('mkdir', ['-p', join(site, 'wp-content/mu-plugins')]);
    writeFileSync(join(site, 'wp-content/mu-plugins/no-mail.php'), "<?php add_filter('pre_wp_mail', '__return_false');\n");

    let scripts = 0;
    /** Runs PHP inside WordPress (after wp-load.php) and returns what it printed. */
    const php = (code, { installing = false } = {}) => {
      const file = join(dir, `script-${++scripts}.php`);
      writeFileSync(
        file,
        `<?php
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
${installing ? "define('WP_INSTALLING', true);" : ''}
require ${JSON.stringify(join(site, 'wp-load.php'))};
${code}
`,
      );
      return execFileSync('php', [file], { encoding: 'utf8', cwd: site });
    };

    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install(${JSON.stringify(title)}, 'admin', 'admin@example.com', false, '', 'password');
update_option('permalink_structure', '');
update_option('timezone_string', ${JSON.stringify(timezone)});
wp_insert_user(['user_login' => 'author', 'user_pass' => 'password', 'user_email' => 'author@example.com', 'role' => 'author', 'display_name' => 'Alex Author']);
wp_insert_user(['user_login' => 'admin_es', 'user_pass' => 'password', 'user_email' => 'admin-es@example.com', 'role' => 'administrator', 'locale' => 'es_ES']);
// No welcome guide in the block editor for anyone.
foreach (get_users() as $user) {
  update_user_meta($user->ID, 'wp_persisted_preferences', ['core/edit-post' => ['welcomeGuide' => false], '_modified' => gmdate('c')]);
}`,
      { installing: true },
    );

    // PHP's web server, with a few workers: the block editor asks for many files at once.
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site], {
      cwd: site,
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let serverLog = '';
    server.stderr.on('data', (chunk) => {
      serverLog = (serverLog + chunk).slice(-20_000);
    });
    children.push(server);
    await until('PHP web server', async () => (await fetch(`${origin}/wp-login.php`)).ok);

    return {
      origin,
      dir,
      site,
      php,
      stop,
      serverLog: () => serverLog,
      /** WordPress's debug.log lines that mention the plugin. */
      pluginNotices: () =>
        existsSync(join(dir, 'debug.log'))
          ? readFileSync(join(dir, 'debug.log'), 'utf8')
              .split('\n')
              .filter((line) => line.includes('clinic-widgets'))
          : [],
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
