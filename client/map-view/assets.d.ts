/** Files the area map loads through Vite: style sheets (injected when imported) and the MapLibre worker's URL. */
declare module 'maplibre-gl/dist/maplibre-gl.css';
declare module '*.css';
declare module '*?url' {
  const url: string;
  export default url;
}
