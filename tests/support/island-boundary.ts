/**
 * A boundary file of one new region off the demo country's west coast, with no country p-code (the
 * demo has no country-level area), for tests that import an area after the demo's rounds.
 */
export function islandBoundaryFile(pcode: string, name: string): string {
  const ring = [
    [-30.4, -1.2],
    [-30.1, -1.2],
    [-30.1, -0.9],
    [-30.4, -0.9],
    [-30.4, -1.2],
  ];
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { ADM1_PCODE: pcode, ADM1_EN: name }, geometry: { type: 'Polygon', coordinates: [ring] } }],
  });
}
