import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * A newcomer on an old Node.js (20) runs `npm ci`: it must stop at once, before
 * downloading anything, and say which Node.js is needed — not install for
 * minutes and then fail. npm reads the Node version from `process.version`, so
 * running this machine's npm with that value set to v20 is what npm sees on Node 20.
 */
const ROOT = resolve('.');

function npmCli(): string {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && /npm-cli\.js$/.test(fromNpm)) return fromNpm;
  return realpathSync(spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim());
}

describe('npm ci on an unsupported Node.js', () => {
  it('stops at once with the Node.js version needed, and installs nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'klik-node20-'));
    try {
      for (const file of ['package.json', 'package-lock.json', '.npmrc']) {
        if (existsSync(join(ROOT, file))) copyFileSync(join(ROOT, file), join(dir, file));
      }
      const started = performance.now();
      const result = spawnSync(
        process.execPath,
        ['--import', 'data:text/javascript,Object.defineProperty(process,"version",{value:"v20.20.2"})', npmCli(), 'ci', '--no-audit', '--no-fund'],
        { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } },
      );
      const seconds = (performance.now() - started) / 1000;
      const output = `${result.stdout}\n${result.stderr}`;
      const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain('EBADENGINE');
      expect(output).toContain(`Required: {"node":"${engines}"}`);
      expect(output).toContain('"node":"v20.20.2"');
      expect(existsSync(join(dir, 'node_modules'))).toBe(false);
      expect(seconds).toBeLessThan(15);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);
});
