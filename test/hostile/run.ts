import { FIXTURE_PACK as PACK, root, run as runCli } from '../run.js';

export { root };

/** copylint with the fixture pack, in `cwd`, its output captured (and parsed when JSON was asked for). */
export async function run(args: string[], cwd: string) {
  const result = await runCli([...args, '--pack', PACK], cwd);
  return { ...result, json: args.includes('json') && result.stdout ? JSON.parse(result.stdout) : null };
}
