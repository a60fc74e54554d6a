/**
 * The fonts the briefings embed: DejaVu Sans, one face for Latin and Arabic with the OpenType
 * tables that shape Arabic (joined letters), shipped in fonts/briefings with its licence so a PDF
 * or a map picture looks the same on every server.
 */
import { readFileSync } from 'node:fs';
import { appPath } from '../app-root.js';

export const BRIEFING_FONT_FAMILY = 'DejaVu Sans';
export const REGULAR_FONT_FILE = appPath('fonts', 'briefings', 'DejaVuSans.ttf');
export const BOLD_FONT_FILE = appPath('fonts', 'briefings', 'DejaVuSans-Bold.ttf');

let cached: { regular: Buffer; bold: Buffer } | undefined;

/** The two faces as bytes, read once. */
export function briefingFonts(): { regular: Buffer; bold: Buffer } {
  cached ??= { regular: readFileSync(REGULAR_FONT_FILE), bold: readFileSync(BOLD_FONT_FILE) };
  return cached;
}
