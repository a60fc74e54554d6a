/**
 * The window event the Areas dialog sends after it changed the areas (a boundary import, an edit,
 * a delete), so the area map, open behind it, fetches its boundaries again instead of drawing the
 * ones it had.
 */
export const AREAS_CHANGED = 'actor-map:areas-changed';
