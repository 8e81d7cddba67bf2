import { visible } from './visible.js';

/**
 * Text from documents, file names and packs, made inert for GitHub or GitLab markdown: no
 * HTML, no image or link, no emphasis, no @mention (a zero-width space after the @), no
 * table cell boundary, one line.
 */
export function escapeMarkdown(text: string): string {
  return visible(text.replace(/\r?\n/gu, ' '))
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/[\\`*_{}[\]()#!|~$]/gu, '\\$&')
    .replace(/@/gu, '@&#8203;');
}
