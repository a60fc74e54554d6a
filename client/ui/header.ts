/**
 * The header's live facts (demo-data badge; how many actors and ties are shown of how many) and
 * the map's loading and error message. The error shows the API's own message, with a retry
 * button. Notices from actions ("Created actor X", "Undone: ...") go to a polite live region;
 * they leave after a few seconds (not while the pointer or focus is on them), errors stay until
 * closed, so nothing covers the map for good.
 */
import { displayOf } from '../graph/display.js';
import { dismissNotice, type AppState } from '../state.js';
import { t } from '../i18n/i18n.js';
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
    const all = { actors: t('header.actors', { count: nodes.length }), ties: t('header.ties', { count: edges.length }) };
    summary.textContent =
      state.load.status !== 'ready'
        ? ''
        : visible.nodes.length === nodes.length && visible.edges.length === edges.length
          ? t('header.all', all)
          : t('header.showing', {
              ...all,
              shownActors: visible.nodes.length,
              shownTies: visible.edges.length,
              hiddenActors: nodes.length - visible.nodes.length,
              hiddenTies: edges.length - visible.edges.length,
            });
    // With a focus or a path on, say how much of what is shown is emphasised.
    summary.dataset.actorsEmphasised = emphasis ? String(emphasis.nodes.size) : '';
    if (state.load.status === 'ready' && emphasis) {
      summary.textContent = t(state.view.path ? 'header.onPath' : 'header.inFocus', {
        actors: t('header.actors', { count: emphasis.nodes.size }),
        ties: t('header.ties', { count: emphasis.edges.size }),
        summary: summary.textContent,
      });
    }
    // A crowded header cuts the counts with an ellipsis: the whole sentence stays in the tooltip.
    summary.title = summary.textContent;

    const { status } = elements;
    if (state.load.status === 'loading') {
      showStatus(status, 'status', h('p', {}, t('header.loading')));
    } else if (state.load.status === 'error') {
      const { error } = state.load;
      const button = h('button', { type: 'button' }, t('common.tryAgain'));
      button.addEventListener('click', retry);
      showStatus(
        status,
        'alert',
        h('p', { class: 'status-title' }, t('header.loadFailed')),
        h('p', {}, error.message),
        h('p', { class: 'status-code' }, t('header.errorCode', { code: error.code })),
        button,
      );
    } else if (nodes.length === 0) {
      showStatus(status, 'status', h('p', {}, t('header.empty')));
    } else if (visible.nodes.length === 0) {
      showStatus(status, 'status', h('p', {}, t('header.noMatch')));
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
      const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': t('header.closeMessage') }, '×');
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
