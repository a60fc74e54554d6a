/**
 * The header (product name, demo-data badge, what is on the map) and the map's loading and
 * error message. The error shows the API's own message, with a retry button.
 */
import type { AppState } from '../state.js';
import { h } from './dom.js';

export interface HeaderElements {
  demoBadge: HTMLElement;
  summary: HTMLElement;
  status: HTMLElement;
}

/** Returns the state renderer for the header and the map status message. */
export function mountHeader(elements: HeaderElements, retry: () => void) {
  let shownLoad: AppState['load'] | null = null;
  let shownElements: AppState['elements'] | null = null;
  return (state: Readonly<AppState>): void => {
    elements.demoBadge.hidden = !state.demoData;
    if (state.load === shownLoad && state.elements === shownElements) return;
    shownLoad = state.load;
    shownElements = state.elements;

    const { nodes, edges } = state.elements;
    elements.summary.textContent =
      state.load.status === 'ready' ? `${count(nodes.length, 'actor')} · ${count(edges.length, 'tie')}` : '';

    const { status } = elements;
    if (state.load.status === 'loading') {
      showStatus(status, 'status', h('p', {}, 'Loading the map…'));
    } else if (state.load.status === 'error') {
      const { error } = state.load;
      const button = h('button', { type: 'button' }, 'Try again');
      button.addEventListener('click', retry);
      showStatus(
        status,
        'alert',
        h('p', { class: 'status-title' }, 'The map could not be loaded.'),
        h('p', {}, error.message),
        h('p', { class: 'status-code' }, `Error code: ${error.code}`),
        button,
      );
    } else if (nodes.length === 0) {
      showStatus(status, 'status', h('p', {}, 'No actors have been recorded yet.'));
    } else {
      status.hidden = true;
      status.replaceChildren();
    }
  };
}

function showStatus(status: HTMLElement, role: 'status' | 'alert', ...content: HTMLElement[]): void {
  status.setAttribute('role', role);
  status.className = `map-status map-status-${role}`;
  status.replaceChildren(...content);
  status.hidden = false;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}
