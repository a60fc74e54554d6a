/**
 * Map pictures drawn on the server, so the API gives the same briefing as the UI: an SVG built
 * here, rendered to PNG with resvg (which shapes Arabic and lays right-to-left labels out itself)
 * using the briefing fonts only, never whatever the host happens to have.
 */
import { Resvg } from '@resvg/resvg-js';
import { BOLD_FONT_FILE, BRIEFING_FONT_FAMILY, REGULAR_FONT_FILE } from './fonts.js';

export interface Picture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** XML-escapes text for an SVG element or attribute. */
export function svgText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renders an SVG of the given size to a PNG at twice its size (sharp in print). */
export function renderSvg(svg: string, width: number, height: number): Picture {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: {
      fontFiles: [REGULAR_FONT_FILE, BOLD_FONT_FILE],
      loadSystemFonts: false,
      defaultFontFamily: BRIEFING_FONT_FAMILY,
      sansSerifFamily: BRIEFING_FONT_FAMILY,
    },
    background: 'white',
  });
  return { png: new Uint8Array(resvg.render().asPng()), width, height };
}

/** The opening of an SVG document in the briefing font. */
export function svgOpen(width: number, height: number): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${BRIEFING_FONT_FAMILY}">` +
    `<rect width="${width}" height="${height}" fill="white"/>`
  );
}
