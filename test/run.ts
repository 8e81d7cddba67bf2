import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../src/cli.js';

export const root = new URL('../', import.meta.url).pathname;
export const FIXTURE_PACK = join(root, 'fixtures/packs/fixture-terms.yaml');

/** Runs the CLI as a user would, in `cwd`, with the given environment and terminal. */
export async function run(args: string[], cwd = root, terminal: { env?: Record<string, string>; isTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), cwd, env: terminal.env ?? {}, isTTY: terminal.isTTY ?? false };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A fresh folder holding copies of fixture documents (`name: fixtures/…`) and written files (`name: content`). */
export function folder(files: Record<string, string | Buffer> = {}, fixtures: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'copylint-ci-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  for (const [name, fixture] of Object.entries(fixtures)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    copyFileSync(join(root, fixture), join(dir, name));
  }
  return dir;
}
