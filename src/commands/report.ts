import { appendStepSummary, writeAtomically } from '../output.js';
import type { Destination } from '../report/destinations.js';
import { FORMATS, type FormatContext } from '../report/formats.js';
import { formatMarkdown, STEP_SUMMARY_LIMIT } from '../report/markdown.js';
import type { Report } from '../types.js';

export interface Sinks {
  stdout: (text: string) => void;
  cwd: string;
  /** Colours for stylish on standard output (a terminal, and not turned off). */
  color: boolean;
  /** `$GITHUB_STEP_SUMMARY`, when set: the github format appends its summary there. */
  stepSummary: string | undefined;
}

/** Formats the report once per destination and writes each: files atomically, the rest to standard output. */
export function emitReports(report: Report, destinations: readonly Destination[], context: Omit<FormatContext, 'color'>, sinks: Sinks): void {
  for (const destination of destinations) {
    const text = FORMATS[destination.format](report, { ...context, color: destination.file === null && sinks.color });
    if (destination.file) writeAtomically(destination.file, text, sinks.cwd, destination.flag);
    else sinks.stdout(text);
  }
  // Annotations show only the first few of each level; the step summary lists every finding.
  if (sinks.stepSummary && destinations.some((d) => d.format === 'github')) {
    appendStepSummary(sinks.stepSummary, formatMarkdown(report, { ...context, color: false }, STEP_SUMMARY_LIMIT));
  }
}
