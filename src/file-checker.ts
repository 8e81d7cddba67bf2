import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FileSettings } from './config/settings.js';
import type { FixedFile, FixMode } from './fix/run.js';
import { MB, type Limits } from './limits.js';
import type { Loaded } from './packs/types.js';
import { unreadFile, type Format } from './types.js';
import { UserError } from './user-error.js';

/** One file to check (or fix): in, its FileResult (and diff) out. */
export interface FileJob {
  path: string;
  display: string;
  format: Format | null;
  settings: FileSettings;
  limits: Limits;
  /** Keep the match detail (--explain). */
  explain: boolean;
  /** --stdin: the text itself, checked as the file `display` names. */
  bytes: Uint8Array | null;
  fix: FixMode | null;
}

// Under the test runner this module is TypeScript; the worker then runs its build.
const WORKER = new URL(import.meta.url.endsWith('.ts') ? '../dist/file-worker.js' : './file-worker.js', import.meta.url);

/**
 * Checks files one at a time in a worker thread, so that a file that takes longer than
 * `limits.timeoutPerFile` can be stopped (the thread is terminated; the next file gets a new one)
 * and a file that exhausts the worker's memory fails alone. A pool is several of these.
 */
export class FileChecker {
  private worker: Promise<Worker> | null = null;
  private readonly heapLimitMb: number;

  constructor(
    private readonly loaded: Loaded,
    private readonly limits: Limits,
  ) {
    this.heapLimitMb = heapLimitMb(limits, serializedSize(loaded));
  }

  /** Checks one file with this checker's limits. */
  async check(file: Omit<FileJob, 'limits'>): Promise<FixedFile> {
    const job: FileJob = { ...file, limits: this.limits };
    const worker = await (this.worker ??= this.start());
    return new Promise<FixedFile>((resolve) => {
      const done = (result: FixedFile, broken: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (broken) this.discard(worker);
        resolve(result);
      };
      const onMessage = (result: FixedFile) => done(result, false);
      const onError = (error: Error) => done(failed(job, crashed(error)), true);
      const onExit = () => done(failed(job, { code: 'unreadable', message: 'the checker stopped while reading it (please report this at the project\'s issue tracker)' }), true);
      const timer = setTimeout(() => done(failed(job, timedOut(this.limits.timeoutPerFile)), true), Math.min(this.limits.timeoutPerFile, MAX_TIMER));
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Starts the worker now, so that it compiles the packs while the caller does other work. */
  warm(): void {
    (this.worker ??= this.start()).catch(() => {
      // check() meets the same failure and reports it.
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    const started = await worker?.catch(() => null);
    if (started) await started.terminate();
  }

  /** A worker that has compiled the packs and said so; the time this takes is no file's. */
  private start(): Promise<Worker> {
    const worker = new Worker(WORKER, { workerData: this.loaded, resourceLimits: { maxOldGenerationSizeMb: this.heapLimitMb } });
    return new Promise((resolve, reject) => {
      worker.once('message', () => resolve(worker));
      worker.once('error', (error: NodeJS.ErrnoException) => {
        this.worker = null;
        reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UserError(`the rule packs need more than ${this.heapLimitMb} MB of memory to compile: use smaller packs`) : error);
      });
    });
  }

  private discard(worker: Worker): void {
    this.worker = null;
    void worker.terminate();
  }
}

const sizes = new WeakMap<Loaded, number>();

/** The packs' size as a worker receives them: measured once, however many workers a run starts. */
function serializedSize(loaded: Loaded): number {
  let size = sizes.get(loaded);
  if (size === undefined) sizes.set(loaded, (size = serialize(loaded).length));
  return size;
}

/** setTimeout's longest delay (about 24 days); longer ones would fire at once. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * The worker's heap: room for the compiled packs (their automaton takes up to 80 times their
 * serialized size) and for the largest file allowed, and a ceiling that makes the garbage
 * collector work before the process grows far past what a file needs. Reached, it fails that
 * file, not the run.
 */
function heapLimitMb(limits: Limits, packBytes: number): number {
  return Math.ceil(128 + (6 * limits.maxFileSize) / MB + (80 * packBytes) / MB);
}

function failed(job: FileJob, error: { code: string; message: string }): FixedFile {
  return { file: unreadFile(job.display, job.format, error), patch: '' };
}

function timedOut(ms: number): { code: string; message: string } {
  return { code: 'timeout', message: `not checked: took longer than ${ms / 1000} s; raise --timeout-per-file if the file is genuine` };
}

function crashed(error: Error): { code: string; message: string } {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { code: 'too-large', message: 'not checked: needs more memory than copylint allows a file; split the document' };
  }
  return { code: 'unreadable', message: `cannot read: ${error.message} (please report this at the project's issue tracker)` };
}
