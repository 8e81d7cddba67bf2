import { join } from 'node:path';
import { main } from '../../src/cli.js';

export const root = new URL('../../', import.meta.url).pathname;
export const PACK = join(root, 'fixtures/packs/fixture-terms.yaml');

/** copylint with the fixture pack, in `cwd`, its output captured (and parsed when JSON was asked for). */
export async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main([...args, '--pack', PACK], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, isTTY: false });
  return { code, stdout, stderr, json: args.includes('json') && stdout ? JSON.parse(stdout) : null };
}
