/**
 * A picture of the coordination matrix: outputs as rows, agencies as columns, a coloured cell
 * where the agency leads or supports the output (lighter for a global role that covers no area).
 */
import { renderSvg, svgOpen, svgText, type Picture } from './picture.js';

export interface MatrixPicture {
  rows: string[];
  columns: string[];
  /** cells[row][column]: 'L', 'S', 'l', 's' or ''. */
  cells: string[][];
  /** The letter printed for each code, in the briefing's language (French C/A); absent: the code itself. */
  letters?: Record<string, string>;
}

const FILL: Record<string, string> = { L: '#1f6fb4', S: '#8fbce6', l: '#c9d9ea', s: '#e6eef7' };
const TEXT: Record<string, string> = { L: 'white', S: '#0b2e4f', l: '#0b2e4f', s: '#0b2e4f' };

/** Draws the matrix as a PNG, about 760 wide. */
export function drawMatrix(matrix: MatrixPicture): Picture {
  const labelWidth = 250;
  const columns = Math.max(matrix.columns.length, 1);
  // Room above the grid for the longest column label, rotated by 60 degrees.
  const longest = Math.max(4, ...matrix.columns.map((name) => Math.min(name.length, 28)));
  const headerHeight = Math.ceil(16 + longest * 6.5 * 0.87);
  const cell = Math.max(12, Math.min(28, Math.floor((760 - labelWidth - 10) / columns)));
  // Room on the right for the last column labels, which lean right.
  const width = labelWidth + cell * columns + 110;
  const height = headerHeight + cell * matrix.rows.length + 10;
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  const parts = [svgOpen(width, height)];
  matrix.columns.forEach((name, c) => {
    const x = labelWidth + c * cell + cell / 2 + 4;
    parts.push(
      `<text transform="translate(${x.toFixed(1)},${headerHeight - 6}) rotate(-60)" font-size="${Math.min(11, cell - 2)}" fill="#1b1b1b">${svgText(clip(name, 28))}</text>`,
    );
  });
  matrix.rows.forEach((title, r) => {
    const y = headerHeight + r * cell;
    if (r % 2 === 0) parts.push(`<rect x="0" y="${y}" width="${width}" height="${cell}" fill="#f4f6f8"/>`);
    parts.push(`<text x="4" y="${y + cell * 0.7}" font-size="11" fill="#1b1b1b">${svgText(clip(title, 38))}</text>`);
    matrix.cells[r]?.forEach((mark, c) => {
      if (!mark) return;
      const x = labelWidth + c * cell;
      parts.push(`<rect x="${x + 1}" y="${y + 1}" width="${cell - 2}" height="${cell - 2}" fill="${FILL[mark] ?? '#ccc'}"/>`);
      parts.push(
        `<text x="${x + cell / 2}" y="${y + cell * 0.7}" font-size="${Math.min(11, cell - 4)}" text-anchor="middle" fill="${TEXT[mark] ?? '#000'}">${matrix.letters?.[mark] ?? mark}</text>`,
      );
    });
  });
  parts.push('</svg>');
  return renderSvg(parts.join(''), width, height);
}
