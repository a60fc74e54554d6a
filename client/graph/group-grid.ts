/**
 * Groups of actors packed on the screen as a grid of cells, each a caption band over a disc of
 * its actors, sized so the whole grid fits the map's viewport at one zoom. The packing is worked
 * out in screen pixels for a candidate zoom (discs shrink with the zoom, captions and gaps do
 * not), and the largest zoom whose packing fits is kept: so at the zoom the map is shown at, every
 * caption has a band of its own, and no two cells touch. Cells are laid on rows, largest group
 * first (shelf packing). Captions get two lines in cells at least 132 px wide; when that many
 * groups cannot fit (about 60 areas on a laptop screen), one line in narrower cells, cut short with
 * an ellipsis (the whole name shows when the user zooms in).
 */
export interface GroupInput<T> {
  key: string;
  caption: string;
  /** Members in the order they take the spiral's places: the first sits at the centre. */
  members: T[];
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GroupCell<T> {
  key: string;
  caption: string;
  members: T[];
  /** The whole cell (caption band and disc), in map coordinates. */
  cell: Box;
  /** Where the caption goes: its band at the top of the cell. */
  band: Box;
  /** The centre of the disc. */
  centre: { x: number; y: number };
}

/** Space between cells on screen, the caption band and the narrowest cell, tried in this order. */
interface CellStyle {
  gap: number;
  band: number;
  minWidth: number;
}
const STYLES: CellStyle[] = [
  { gap: 16, band: 36, minWidth: 132 }, // two lines of caption
  { gap: 12, band: 20, minWidth: 120 }, // one line
  { gap: 8, band: 18, minWidth: 92 }, // one short line, for a hundred areas
];
const MAX_ZOOM = 1.25;
const MIN_ZOOM = 0.01;
/** Below this zoom the discs are dots: a more compact caption style is tried first. */
const SMALLEST_USEFUL_ZOOM = 0.04;

interface Sized<T> extends GroupInput<T> {
  radius: number;
}

interface Placed<T> {
  group: Sized<T>;
  x: number;
  y: number;
  width: number;
  height: number;
}

function cellPx(radius: number, zoom: number, style: CellStyle): { width: number; height: number } {
  const disc = 2 * radius * zoom;
  return { width: Math.max(disc, style.minWidth) + style.gap, height: disc + style.band + style.gap };
}

/** Shelf packing at `zoom` in rows at most `rowWidth` pixels wide; returns cells and total size. */
function shelf<T>(
  groups: Sized<T>[],
  zoom: number,
  rowWidth: number,
  style: CellStyle,
): { placed: Placed<T>[]; width: number; height: number } {
  const placed: Placed<T>[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  let width = 0;
  for (const group of groups) {
    const size = cellPx(group.radius, zoom, style);
    if (x > 0 && x + size.width > rowWidth) {
      y += rowHeight;
      x = 0;
      rowHeight = 0;
    }
    placed.push({ group, x, y, ...size });
    x += size.width;
    width = Math.max(width, x);
    rowHeight = Math.max(rowHeight, size.height);
  }
  return { placed, width, height: y + rowHeight };
}

/** The largest zoom at which `groups` packed in `style` fit the viewport (MIN_ZOOM if none does). */
function largestFittingZoom<T>(groups: Sized<T>[], viewport: { width: number; height: number }, style: CellStyle): number {
  const fits = (zoom: number) => {
    const packed = shelf(groups, zoom, viewport.width, style);
    return packed.width <= viewport.width && packed.height <= viewport.height;
  };
  if (fits(MAX_ZOOM)) return MAX_ZOOM;
  if (!fits(MIN_ZOOM)) return MIN_ZOOM;
  let low = MIN_ZOOM;
  let high = MAX_ZOOM;
  for (let i = 0; i < 40 && high - low > 1e-4; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * Pack `groups` (each with the radius its disc needs) into a `width` x `height` pixel viewport.
 * The cells come back in map coordinates, for the zoom the packing was made at.
 */
export function packGroups<T>(
  groups: (GroupInput<T> & { radius: number })[],
  viewport: { width: number; height: number },
): { cells: GroupCell<T>[]; zoom: number; twoLines: boolean } {
  const sorted = [...groups].sort((a, b) => b.members.length - a.members.length || a.caption.localeCompare(b.caption));
  let chosen = { style: STYLES[STYLES.length - 1]!, zoom: MIN_ZOOM };
  for (const style of STYLES) {
    const zoom = largestFittingZoom(sorted, viewport, style);
    if (zoom >= SMALLEST_USEFUL_ZOOM || style === STYLES[STYLES.length - 1]) {
      chosen = { style, zoom };
      break;
    }
  }
  const { style, zoom } = chosen;
  const { placed } = shelf(sorted, zoom, Math.max(viewport.width, style.minWidth + style.gap), style);
  const cells = placed.map(({ group, x, y, width: w, height: h }): GroupCell<T> => {
    const m = (px: number) => px / zoom;
    const inset = style.gap / 2;
    const disc = 2 * group.radius * zoom;
    return {
      key: group.key,
      caption: group.caption,
      members: group.members,
      cell: { x1: m(x + inset), y1: m(y + inset), x2: m(x + w - inset), y2: m(y + h - inset) },
      band: { x1: m(x + inset), y1: m(y + inset), x2: m(x + w - inset), y2: m(y + inset + style.band) },
      centre: { x: m(x + w / 2), y: m(y + inset + style.band + disc / 2) },
    };
  });
  return { cells, zoom, twoLines: style === STYLES[0] };
}
