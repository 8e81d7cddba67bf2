import { renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
import { SUPPORTED_LIST } from './extract/index.js';
import { listRules, showRule, testExamples } from './commands/rules.js';
import { compileRuleSet } from './match/ruleset.js';
import { PackError } from './packs/errors.js';
import { loadPacks } from './packs/load.js';
import { formatJson } from './report/json.js';
import { formatStylish } from './report/stylish.js';
import type { Severity } from './types.js';
import { VERSION } from './version.js';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  isTTY: boolean;
}

const processIo = (): Io => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});

const collect = (value: string, previous: string[]) => [...previous, value];

/** The whole command line; returns the exit code (0 clean, 1 findings, 2 usage, pack or read failure). */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  const program = new Command('copylint')
    .description('Review Chinese financial marketing copy against compliance rule packs.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text) => io.stderr(text) });

  program
    .command('check')
    .description(`check documents (${SUPPORTED_LIST}) in files, folders and globs`)
    .argument('[paths...]', 'files, folders or globs', ['.'])
    .option('--pack <name|path>', 'built-in pack name, or a YAML file or folder of packs (repeatable; default: every built-in pack)', collect, [])
    .option('--ignore <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--output <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info']).default('error'))
    .option('--no-color', 'no colours in stylish output')
    .action(async (paths: string[], opts) => {
      const set = compileRuleSet(loadPacks(opts.pack, io.cwd));
      const outcome = await runCheck(set, { paths, ignore: opts.ignore, failOn: opts.failOn as Severity, cwd: io.cwd });
      if (!outcome) {
        io.stderr(`copylint: no documents (${SUPPORTED_LIST}) found in ${paths.join(' ')}\n`);
        exitCode = 2;
        return;
      }
      const color = opts.color !== false && !opts.output && wantsColor(io);
      const text = opts.format === 'json' ? formatJson(outcome.report) : formatStylish(outcome.report, { color });
      if (opts.output) writeAtomically(resolve(io.cwd, opts.output), text);
      else io.stdout(text);
      exitCode = outcome.exitCode;
    });

  const rules = program.command('rules').description('list, show and test rule packs');
  rules
    .command('list')
    .description('one line a rule: id, severity, message')
    .option('--pack <name|path>', 'pack to list (repeatable; default: every built-in pack)', collect, [])
    .action((opts) => io.stdout(listRules(loadPacks(opts.pack, io.cwd))));
  rules
    .command('show')
    .description('everything about one rule')
    .argument('<rule-id>', 'e.g. cn-financial/principal-guarantee')
    .option('--pack <name|path>', 'where to look (repeatable; default: every built-in pack)', collect, [])
    .action((ruleId: string, opts) => {
      const rule = loadPacks(opts.pack, io.cwd).flatMap((p) => p.rules).find((r) => r.id === ruleId || r.id.endsWith(`/${ruleId}`));
      if (!rule) {
        io.stderr(`copylint: no rule "${ruleId}": see "copylint rules list"\n`);
        exitCode = 2;
      } else io.stdout(showRule(rule));
    });
  rules
    .command('test')
    .description("run every rule's examples through the real pipeline")
    .argument('[packs...]', 'built-in pack names, YAML files or folders (default: every built-in pack)')
    .action(async (packs: string[]) => {
      const run = await testExamples(loadPacks(packs, io.cwd));
      io.stdout(run.output);
      exitCode = run.failed ? 1 : 0;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, io);
  }
}

function failure(error: unknown, io: Io): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
  if (error instanceof PackError) io.stderr(`copylint: ${error.message}\n`);
  else if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).path) {
    const e = error as NodeJS.ErrnoException;
    io.stderr(`copylint: ${e.path}: ${e.code === 'ENOENT' ? 'no such file or folder' : e.message}\n`);
  } else io.stderr(`copylint: internal error: ${(error as Error).message ?? error} (please report this)\n`);
  return 2;
}

function wantsColor(io: Io): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** The report file is replaced whole or not at all. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}
