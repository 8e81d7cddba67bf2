import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-file.js';
import { compileRuleSet } from './match/ruleset.js';
import type { Loaded } from './packs/types.js';
import type { FileJob } from './file-checker.js';
import type { FileResult } from './types.js';

/**
 * The worker side of FileChecker: compiles the packs once, then checks one file per message,
 * answering each with its FileResult. Killing this thread is how a file that takes too long is stopped.
 */
const set = compileRuleSet(workerData as Loaded);
const port = parentPort!;
port.on('message', async (job: FileJob) => {
  const result = await checkFile(job.path, set, job.display, undefined, job.limits, job.explain);
  port.postMessage(job.explain ? result : withoutDetail(result));
});
port.postMessage('ready');

function withoutDetail({ explain: _explain, findings, ...file }: FileResult): FileResult {
  return { ...file, findings: findings.map(({ explain: _detail, ...finding }) => finding) };
}
