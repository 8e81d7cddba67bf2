import { parentPort, workerData } from 'node:worker_threads';
import { checkSource } from './check-file.js';
import type { FileJob } from './file-checker.js';
import type { FixedFile } from './fix/run.js';
import { compileRuleSet, type RuleSet } from './match/ruleset.js';
import type { Loaded } from './packs/types.js';
import { readDocument } from './read-document.js';
import type { FileResult } from './types.js';

/**
 * The worker side of FileChecker: compiles the packs once, then checks (or fixes) one file per
 * message, answering each with its FileResult and diff. Killing this thread is how a file that
 * takes too long is stopped.
 */
const set = compileRuleSet(workerData as Loaded);
const port = parentPort!;
port.on('message', async (job: FileJob) => {
  const { file, patch } = await run(job, set);
  port.postMessage({ file: job.explain ? file : withoutDetail(file), patch } satisfies FixedFile);
});
port.postMessage('ready');

async function run(job: FileJob, set: RuleSet): Promise<FixedFile> {
  const read = job.bytes ? async () => job.bytes! : () => readDocument(job.path, job.limits.maxFileSize);
  const { settings, limits, explain } = job;
  if (job.fix) {
    const { fixSource } = await import('./fix/run.js');
    return fixSource({ read, path: job.bytes ? null : job.path, display: job.display, format: job.format, settings, limits, explain }, set, job.fix);
  }
  return { file: await checkSource(read, set, job.display, job.format, { settings, limits, explain }), patch: '' };
}

function withoutDetail({ explain: _explain, ...file }: FileResult): FileResult {
  return { ...file, findings: file.findings.map(({ explain: _detail, ...finding }) => finding) };
}
