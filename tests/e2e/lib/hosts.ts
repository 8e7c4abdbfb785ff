import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/**
 * Runs the hosting examples this project ships (deploy/nginx.conf,
 * deploy/apache.htaccess) with the real servers, on a loopback port, as the
 * current user, with every file they write (config, pid, logs, temp) in a
 * temporary folder. The site is a copy of the /cursus/ build, so nothing is
 * written into the shared build folder.
 */

export interface RunningHost {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The error log so far, for a failure message. */
  log: () => string;
  stop: () => Promise<void>;
}

/** The sub-path the shipped examples serve, and the build they expect. */
export const HOSTED_BASE = '/cursus/';
export const HOSTED_BUILD = 'dist-cursus';

const INSTALL = {
  nginx: 'nginx is not installed: install Debian\'s "nginx" package (apt-get install -y nginx) to test deploy/nginx.conf.',
  apache2: 'apache2 is not installed: install Debian\'s "apache2" package (apt-get install -y apache2) to test deploy/apache.htaccess.',
};

/** A server binary on the PATH or in the sbin folders, where Debian puts them. */
function findBinary(name: keyof typeof INSTALL): string {
  const dirs = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  throw new Error(INSTALL[name]);
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A temporary folder holding `site/cursus/` (a copy of the /cursus/ build),
 * readable by the unprivileged user a server started as root hands its
 * workers to.
 */
function prepare(kind: string): { dir: string; site: string; course: string } {
  if (!existsSync(join(HOSTED_BUILD, 'index.html'))) {
    throw new Error(`No /cursus/ build in "${HOSTED_BUILD}": run BASE_PATH=/cursus/ KLIK_OUT_DIR=${HOSTED_BUILD} npm run build first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), `klik-${kind}-`));
  chmodSync(dir, 0o755);
  const site = join(dir, 'site');
  const course = join(site, HOSTED_BASE.replaceAll('/', ''));
  mkdirSync(site, { mode: 0o755 });
  cpSync(HOSTED_BUILD, course, { recursive: true });
  return { dir, site, course };
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Starts a server in the foreground and waits until it answers at the base path. */
async function start(kind: string, command: string, args: string[], dir: string, errorLog: string, port: number, stopSignal: NodeJS.Signals): Promise<RunningHost> {
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const log = () => `${output}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`.trim();
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(stopSignal);
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const message = log();
      await stop();
      throw new Error(`${kind} did not start:\n${message}`);
    }
    try {
      const response = await fetch(`${origin}${HOSTED_BASE}`, { redirect: 'manual' });
      await response.arrayBuffer();
      return { origin, log, stop };
    } catch {
      if (Date.now() > deadline) {
        const message = log();
        await stop();
        throw new Error(`${kind} did not answer on ${origin} within 15 s:\n${message}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * nginx with deploy/nginx.conf inside a minimal server { } block, exactly as
 * shipped except for the folder (/var/www/klik/ → the copy of the build).
 */
export async function startNginx(): Promise<RunningHost> {
  const nginx = findBinary('nginx');
  const { dir, course } = prepare('nginx');
  const port = await freePort();
  const shipped = readFileSync('deploy/nginx.conf', 'utf8');
  if (!shipped.includes('/var/www/klik/')) throw new Error('deploy/nginx.conf no longer names /var/www/klik/: update the hosting test.');
  writeFileSync(join(dir, 'klik.conf'), shipped.replaceAll('/var/www/klik/', `${course}/`));
  const temp = (name: string) => join(dir, `tmp-${name}`);
  const errorLog = join(dir, 'error.log');
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      isRoot() ? 'user nobody nogroup;' : '',
      'worker_processes 1;',
      'daemon off;',
      `pid ${join(dir, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      // As Debian's /etc/nginx/nginx.conf does.
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${temp(t)};`),
      '  server {',
      `    listen 127.0.0.1:${port};`,
      '    server_name localhost;',
      `    include ${join(dir, 'klik.conf')};`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return start('nginx', nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog], dir, errorLog, port, 'SIGQUIT');
}

/** Debian's folder of Apache modules. */
const APACHE_MODULES = '/usr/lib/apache2/modules';

/**
 * Apache with a minimal configuration of its own: the site folder as document
 * root with `AllowOverride All`, and deploy/apache.htaccess copied, as
 * shipped, to `cursus/.htaccess`. It loads the modules the README asks for
 * (mod_headers, mod_mime, mod_dir), as Debian's `a2enmod` would.
 */
export async function startApache(): Promise<RunningHost> {
  const apache = findBinary('apache2');
  // Debian builds mod_unixd into the binary; these are loaded from files.
  const modules = ['mpm_event', 'authz_core', 'dir', 'mime', 'headers'];
  for (const module of modules) {
    if (!existsSync(join(APACHE_MODULES, `mod_${module}.so`))) throw new Error(`${INSTALL.apache2} (mod_${module}.so is missing)`);
  }
  const { dir, site, course } = prepare('apache');
  const port = await freePort();
  cpSync('deploy/apache.htaccess', join(course, '.htaccess'));
  const errorLog = join(dir, 'error.log');
  mkdirSync(join(dir, 'run'));
  writeFileSync(
    join(dir, 'apache2.conf'),
    [
      `ServerRoot ${dir}`,
      `DefaultRuntimeDir ${join(dir, 'run')}`,
      `PidFile ${join(dir, 'apache2.pid')}`,
      `ErrorLog ${errorLog}`,
      'LogLevel warn',
      ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
      isRoot() ? 'User nobody\nGroup nogroup' : '',
      'ServerName localhost',
      `Listen 127.0.0.1:${port}`,
      'StartServers 1',
      'ServerLimit 2',
      'ThreadsPerChild 25',
      'MaxRequestWorkers 50',
      'TypesConfig /etc/mime.types',
      `DocumentRoot ${site}`,
      '<Directory />',
      '  AllowOverride None',
      '  Require all denied',
      '</Directory>',
      `<Directory ${site}>`,
      '  AllowOverride All',
      '  Require all granted',
      '</Directory>',
      '',
    ].join('\n'),
  );
  return start('apache2', apache, ['-f', join(dir, 'apache2.conf'), '-D', 'FOREGROUND'], dir, errorLog, port, 'SIGTERM');
}
