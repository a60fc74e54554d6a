/**
 * The header's live facts (demo-data badge; how many actors and ties are shown of how many) and
 * the map's loading and error message. The error shows the API's own message, with a retry
 * button. Notices from actions ("Created actor X", "Undone: ...") go to a polite live region;
 * they leave after a few seconds (not while the pointer or focus is on them), errors stay until
 * closed, so nothing covers the map for good.
 */
import { displayOf } from '../graph/display.js';
import { dismissNotice, type AppState } from '../state.js';
import { h } from './dom.js';

export interface HeaderElements {
  demoBadge: HTMLElement;
  summary: HTMLElement;
  status: HTMLElement;
  live: HTMLElement;
}

/** How long an information notice stays on screen. */
export const NOTICE_VISIBLE_MS = 6_000;

/** Returns the state renderer for the header, the map status message and the notices. */
export function mountHeader(elements: HeaderElements, retry: () => void) {
  let shownLoad: AppState['load'] | null = null;
  let shownVisible: unknown = null;
  let shownEmphasis: unknown = null;
  let shownNotice: AppState['notice'] = null;
  const showNotice = noticeShower(elements.live);
  return (state: Readonly<AppState>): void => {
    elements.demoBadge.hidden = !state.demoData;
    if (state.notice !== shownNotice) {
      shownNotice = state.notice;
      showNotice(state.notice);
    }
    const { visible, emphasis } = displayOf(state);
    if (state.load === shownLoad && visible === shownVisible && emphasis === shownEmphasis) return;
    shownLoad = state.load;
    shownVisible = visible;
    shownEmphasis = emphasis;

    const { nodes, edges } = state.elements;
    const { summary } = elements;
    summary.dataset.actorsShown = String(visible.nodes.length);
    summary.dataset.tiesShown = String(visible.edges.length);
    summary.textContent =
      state.load.status !== 'ready'
        ? ''
        : visible.nodes.length === nodes.length && visible.edges.length === edges.length
          ? `${count(nodes.length, 'actor')} · ${count(edges.length, 'tie')}`
          : `Showing ${visible.nodes.length.toLocaleString('en')} of ${count(nodes.length, 'actor')} · ` +
            `${visible.edges.length.toLocaleString('en')} of ${count(edges.length, 'tie')} ` +
            `(${(nodes.length - visible.nodes.length).toLocaleString('en')} actors, ${(edges.length - visible.edges.length).toLocaleString('en')} ties hidden)`;
    // With a focus or a path on, say how much of what is shown is emphasised.
    summary.dataset.actorsEmphasised = emphasis ? String(emphasis.nodes.size) : '';
    if (state.load.status === 'ready' && emphasis) {
      const label = state.view.path ? 'On the path' : 'In focus';
      summary.textContent = `${label}: ${count(emphasis.nodes.size, 'actor')}, ${count(emphasis.edges.size, 'tie')} · ${summary.textContent}`;
    }

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
      showStatus(status, 'status', h('p', {}, 'No actors have been recorded yet. Use “New actor” to add the first.'));
    } else if (visible.nodes.length === 0) {
      showStatus(status, 'status', h('p', {}, 'No actor matches the filters.'));
    } else {
      status.hidden = true;
      status.replaceChildren();
    }
  };
}

/** Shows one notice at a time: information leaves by itself, an error has a close button. */
function noticeShower(live: HTMLElement) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: AppState['notice'] = null;
  const leaveLater = () => {
    clearTimeout(timer);
    const notice = current;
    if (notice?.tone === 'info') timer = setTimeout(() => dismissNotice(notice), NOTICE_VISIBLE_MS);
  };
  const hold = () => clearTimeout(timer);
  for (const event of ['pointerenter', 'focusin']) live.addEventListener(event, hold);
  for (const event of ['pointerleave', 'focusout']) live.addEventListener(event, leaveLater);
  return (notice: AppState['notice']) => {
    current = notice;
    live.className = `live-notice${notice?.tone === 'error' ? ' live-error' : ''}`;
    live.hidden = notice === null;
    if (!notice) {
      clearTimeout(timer);
      live.replaceChildren();
      return;
    }
    const parts: HTMLElement[] = [h('span', { 'data-testid': 'notice-text' }, notice.text)];
    if (notice.tone === 'error') {
      const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': 'Close this message' }, '×');
      close.addEventListener('click', () => dismissNotice(notice));
      parts.push(close);
    }
    live.replaceChildren(...parts);
    leaveLater();
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
