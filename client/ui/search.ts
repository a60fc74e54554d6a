/**
 * Find an actor by name, acronym or alias, in any script: a combobox (ARIA 1.2 pattern) whose
 * list is navigated with the arrow keys and chosen with Enter. Names and acronyms on the map are
 * matched at once in the page (case and accents ignored); aliases, which the map does not carry,
 * come from the API's text search a moment later and are merged in.
 */
import type { GraphNodeData } from '../../server/contracts/index.js';
import { searchActors } from '../api.js';
import { getState } from '../state.js';
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

interface Hit {
  id: string;
  label: string;
  detail: string;
}

function localHits(query: string, nodes: readonly { data: GraphNodeData }[]): Hit[] {
  const q = fold(query);
  const scored: { hit: Hit; score: number }[] = [];
  for (const { data } of nodes) {
    const name = fold(data.label);
    const acronym = fold(data.acronym ?? '');
    const score = acronym === q ? 0 : name.startsWith(q) ? 1 : acronym.startsWith(q) ? 2 : name.includes(q) || acronym.includes(q) ? 3 : -1;
    if (score >= 0) scored.push({ hit: { id: data.id, label: data.label, detail: data.acronym ?? '' }, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.label.localeCompare(b.hit.label))
    .slice(0, 12)
    .map((s) => s.hit);
}

/** Mount the search box; `choose` is called with the chosen actor's id. */
export function mountSearch(container: HTMLElement, choose: (actorId: string) => void): void {
  const listId = 'search-results';
  const box = h('input', {
    type: 'search',
    id: 'actor-search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: t('header.findActorPlaceholder'),
    autocomplete: 'off',
    dir: 'auto',
    'data-testid': 'search',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'search-results', 'aria-label': t('header.matchingActors'), hidden: true });
  container.append(h('label', { for: 'actor-search', class: 'visually-hidden' }, t('header.findActor')), box, list);

  let hits: Hit[] = [];
  let active = -1;
  let remote: AbortController | null = null;
  let timer = 0;

  const render = () => {
    list.replaceChildren(
      ...hits.map((hit, index) => {
        const option = h(
          'li',
          { role: 'option', id: `search-option-${index}`, 'aria-selected': index === active ? 'true' : 'false', 'data-actor-id': hit.id },
          h('bdi', {}, hit.label),
          hit.detail ? h('span', { class: 'search-detail' }, ' ', h('bdi', {}, hit.detail)) : null,
        );
        option.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(index);
        });
        return option;
      }),
    );
    if (hits.length === 0 && box.value.trim()) list.append(h('li', { class: 'search-empty' }, t('header.noActorMatches')));
    const open = box.value.trim().length > 0;
    list.hidden = !open;
    box.setAttribute('aria-expanded', String(open));
    if (active >= 0) box.setAttribute('aria-activedescendant', `search-option-${active}`);
    else box.removeAttribute('aria-activedescendant');
    list.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  };

  /** Forget a search still on its way: its answer would reopen the list over the toolbar after a pick. */
  const cancelRemote = () => {
    remote?.abort();
    window.clearTimeout(timer);
  };

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    cancelRemote();
    box.value = hit.label;
    hits = [];
    active = -1;
    render();
    list.hidden = true;
    box.setAttribute('aria-expanded', 'false');
    choose(hit.id);
  };

  box.addEventListener('input', () => {
    const query = box.value.trim();
    const { nodes } = getState().elements;
    hits = query ? localHits(query, nodes) : [];
    active = hits.length > 0 ? 0 : -1;
    render();
    cancelRemote();
    if (query.length < 2) return;
    timer = window.setTimeout(() => {
      const request = new AbortController();
      remote = request;
      searchActors(query, request.signal)
        .then((actors) => {
          if (request.signal.aborted || box.value.trim() !== query) return;
          const onMap = new Set(getState().elements.nodes.map((node) => node.data.id));
          const known = new Set(hits.map((hit) => hit.id));
          for (const actor of actors) {
            if (known.has(actor.id) || !onMap.has(actor.id)) continue;
            const alias = actor.aliases.find((a) => fold(a).includes(fold(query)));
            hits.push({ id: actor.id, label: actor.name, detail: alias ? `also “${alias}”` : (actor.acronym ?? '') });
          }
          if (active < 0 && hits.length > 0) active = 0;
          render();
        })
        .catch(() => undefined);
    }, 180);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      pick(Math.max(0, active));
    } else if (event.key === 'Escape' && !list.hidden) {
      event.stopPropagation();
      cancelRemote();
      box.value = '';
      hits = [];
      render();
    }
  });
  box.addEventListener('blur', () => window.setTimeout(() => (list.hidden = true), 150));
  document.addEventListener('keydown', (event) => {
    const typing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select, [contenteditable]');
    if (event.key === '/' && !typing) {
      event.preventDefault();
      box.focus();
    }
  });
}
