/**
 * cytoscape-fcose ships no types. It is a Cytoscape extension: the default export is registered
 * with `cytoscape.use(fcose)`, after which `cy.layout({ name: 'fcose', ... })` is available.
 */
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export default fcose;
}
