import type { Report } from '../types.js';
import { inertJson } from './visible.js';

export function formatJson(report: Report): string {
  return `${inertJson(JSON.stringify(report, null, 2))}\n`;
}
