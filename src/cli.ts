import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { runCheck } from './commands/check.js';
import { errorLine } from './commands/errors.js';
import { listRules, showRule, testExamples } from './commands/rules.js';
import { SUPPORTED_LIST } from './extract/index.js';
import { limitsFrom, parseSize } from './limits.js';
import { checkOutputPath, writeAtomically } from './output.js';
import { loadPacks } from './packs/load.js';
import { formatJson } from './report/json.js';
import { formatStylish } from './report/stylish.js';
import { visible, visibleLines } from './report/visible.js';
import type { Severity } from './types.js';
import { UserError } from './user-error.js';
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
const packSize = () => new Option('--max-pack-size <size>', 'refuse packs larger than this, in MB').default('10');
const packOptions = (opts: { maxPackSize: string }) => ({ maxPackSize: parseSize('--max-pack-size', opts.maxPackSize) });

/** The whole command line; returns the exit code (README, "Exit codes"). */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let exitCode = 0;
  // Commander's error output (its messages, and help shown for a missing command) is replaced
  // by one errorLine(); help and version asked for still go to stdout.
  const program = new Command('copylint')
    .description('Review Chinese financial marketing copy against compliance rule packs.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: () => {}, outputError: () => {} });

  program
    .command('check')
    .description(`check documents (${SUPPORTED_LIST}) in files, folders and globs`)
    .argument('[paths...]', 'files, folders or globs', ['.'])
    .option('--pack <name|path>', 'built-in pack name, or a YAML file or folder of packs (repeatable; default: every built-in pack)', collect, [])
    .option('--ignore <glob>', 'skip files matching this glob (repeatable)', collect, [])
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('--output <file>', 'write the report to this file instead of standard output (never a document being checked)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that makes the exit code 1').choices(['error', 'warning', 'info']).default('error'))
    .option('--allow-unreadable', 'report files that cannot be read, but do not fail the run for them')
    .option('--explain', 'say for each finding which rule part, words and scope matched; list the classes and the exempted hits')
    .option('--no-color', 'no colours in stylish output')
    .option('--max-file-size <size>', 'skip files larger than this, in MB (also KB, GB: 500KB, 1GB)', '50')
    .option('--max-unzipped-size <size>', 'refuse a .docx or .pdf whose compressed parts unpack to more than this, in MB', '200')
    .option('--max-findings-per-file <n>', 'list at most this many findings per file; the rest are counted', '1000')
    .option('--timeout-per-file <seconds>', 'stop checking a file after this long and report it', '60')
    .option('--follow-symlinks', 'follow symbolic links in folders, to targets inside the paths given')
    .addOption(packSize())
    .action(async (paths: string[], opts) => {
      const limits = limitsFrom(opts);
      const loaded = loadPacks(opts.pack, io.cwd, packOptions(opts));
      const output: string | null = opts.output ? resolve(io.cwd, opts.output) : null;
      if (output) checkOutputPath(output, io.cwd);
      const outcome = await runCheck(loaded, {
        paths, ignore: opts.ignore, failOn: opts.failOn as Severity, allowUnreadable: Boolean(opts.allowUnreadable), cwd: io.cwd, output, explain: Boolean(opts.explain),
        limits, followSymlinks: Boolean(opts.followSymlinks),
      });
      if (!outcome) throw new UserError(`no documents (${SUPPORTED_LIST}) found in ${paths.join(' ')}: name files or folders that hold some`);
      const color = opts.color !== false && !output && wantsColor(io);
      const text = opts.format === 'json' ? formatJson(outcome.report) : formatStylish(outcome.report, { color });
      if (output) writeAtomically(output, text, io.cwd);
      else io.stdout(text);
      exitCode = outcome.exitCode;
    });

  const rules = program.command('rules').description('list, show and test rule packs');
  rules
    .command('list')
    .description('one line a rule: id, severity, message')
    .option('--pack <name|path>', 'pack to list (repeatable; default: every built-in pack)', collect, [])
    .addOption(packSize())
    .action((opts) => io.stdout(visibleLines(listRules(loadPacks(opts.pack, io.cwd, packOptions(opts))))));
  rules
    .command('show')
    .description('everything about one rule')
    .argument('<rule-id>', 'e.g. cn-financial/principal-guarantee')
    .option('--pack <name|path>', 'where to look (repeatable; default: every built-in pack)', collect, [])
    .addOption(packSize())
    .action((ruleId: string, opts) => {
      const rule = loadPacks(opts.pack, io.cwd, packOptions(opts)).packs.flatMap((p) => p.rules).find((r) => r.id === ruleId || r.id.endsWith(`/${ruleId}`));
      if (!rule) throw new UserError(`no rule "${ruleId}": see "copylint rules list" for the rule ids`);
      io.stdout(visibleLines(showRule(rule)));
    });
  rules
    .command('test')
    .description("run every rule's examples through the real pipeline")
    .argument('[packs...]', 'built-in pack names, YAML files or folders (default: every built-in pack)')
    .addOption(packSize())
    .action(async (packs: string[], opts) => {
      const run = await testExamples(loadPacks(packs, io.cwd, packOptions(opts)));
      io.stdout(visibleLines(run.output));
      exitCode = run.failed ? 1 : 0;
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError && error.exitCode === 0) return 0;
    io.stderr(`copylint: ${visible(errorLine(error, argv))}\n`);
    return 2;
  }
}

function wantsColor(io: Io): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}
