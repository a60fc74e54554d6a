/**
 * The timeline (issue 14): the mapping rounds as ticks in date order, "Today" at the end, and a
 * date field for any other day. Choosing a past point shows the map, the grid, the tables, the
 * panel and the analyses as they were then (every read follows through rounds/as-of.ts), with a
 * banner saying which point is shown; the page is read-only meanwhile (ui/role.ts, the CSS in
 * rounds.css, and the undo shortcuts stopped here). "Compare with previous round" opens the diff
 * view; users with `coordinate` create, edit and delete rounds (rounds/round-form.ts).
 */
import type { Me, Round } from '../../server/contracts/index.js';
import { asApiError, reloadGraph } from '../actions.js';
import { EDITED_EVENT } from '../edit/edit-actions.js';
import { formatDate, t, tParts } from '../i18n/i18n.js';
import * as store from '../state.js';
import type { AppState, AsOfPoint } from '../state.js';
import { h } from '../ui/dom.js';
import type { DiffEnd } from './diff-view.js';
import { fetchRounds } from './rounds-api.js';
import { confirmDeleteRound, openRoundForm } from './round-form.js';
import { roundPoint } from './past-link.js';
import './rounds.css';

export interface TimelineOptions {
  me: Me;
  /** Open the diff view between two points (round ids or date-times). */
  compare(from: DiffEnd, to: DiffEnd): void | Promise<void>;
}

/** A date as the page's language writes it. */
const formatDay = (iso: string) => formatDate(iso, { dateStyle: 'medium' });

/** A point as text: "Mapping round Q3, 30 Sept 2026", or the date alone. */
const pointLabel = (point: AsOfPoint) =>
  point.name ? t('rounds.roundAndDate', { name: point.name, date: formatDay(point.at) }) : formatDay(point.at);

/** Mount the timeline after `anchor` (the toolbar); returns the state renderer and a way to reload the rounds. */
export function mountTimeline(anchor: HTMLElement, options: TimelineOptions) {
  const mayManage = options.me.permissions.includes('coordinate');
  let rounds: Round[] = [];
  const track = h('ol', { class: 'timeline-track', 'aria-label': t('rounds.trackLabel') });
  const dateInput = h('input', { type: 'date', id: 'timeline-date', 'data-testid': 'timeline-date', class: 'timeline-date' });
  const compare = h('button', { type: 'button', 'data-testid': 'compare-rounds' }, t('rounds.compare'));
  const newRound = h('button', { type: 'button', 'data-testid': 'new-round' }, t('rounds.newRound'));
  const bannerText = h('span', { 'data-testid': 'as-of-text' });
  // Why the map of a date is empty (no record existed then), said under the banner's line.
  const bannerNote = h('span', { class: 'as-of-note', 'data-testid': 'as-of-note', hidden: true });
  const back = h('button', { type: 'button', class: 'link', 'data-testid': 'back-to-today' }, t('rounds.backToToday'));
  const editRound = h('button', { type: 'button', class: 'link', 'data-testid': 'edit-round' }, t('rounds.editRound'));
  const removeRound = h('button', { type: 'button', class: 'link', 'data-testid': 'delete-round' }, t('rounds.deleteRound'));
  const banner = h(
    'p',
    { class: 'as-of-banner', 'data-testid': 'as-of-banner', role: 'status', hidden: true },
    bannerText,
    ' · ',
    back,
    h('span', { class: 'as-of-round-tools' }, ' · ', editRound, ' · ', removeRound),
    bannerNote,
  );
  const section = h(
    'section',
    { id: 'timeline', class: 'timeline', 'aria-label': t('rounds.timelineLabel'), 'data-testid': 'timeline' },
    h(
      'div',
      { class: 'timeline-row' },
      h('span', { class: 'timeline-label', 'aria-hidden': 'true' }, t('rounds.rounds')),
      track,
      h('label', { for: 'timeline-date', class: 'timeline-date-label' }, t('rounds.orADate')),
      dateInput,
      compare,
      mayManage ? newRound : null,
    ),
    banner,
  );
  anchor.after(section);

  const chronological = () => [...rounds].sort((a, b) => a.at.localeCompare(b.at));

  /** Show a past point (or today with null): the data is read again for it. */
  async function show(point: AsOfPoint | null): Promise<void> {
    store.setAsOf(point);
    await reloadGraph();
    // Views that read records of their own (the analyses, the coordination grid) read them again.
    window.dispatchEvent(new Event(EDITED_EVENT));
  }

  async function loadRounds(): Promise<void> {
    try {
      rounds = await fetchRounds();
    } catch (error) {
      store.notify(t('rounds.roundsReadFailed', { message: asApiError(error).message }), 'error');
    }
    renderTrack(store.getState());
  }

  function renderTrack(state: Readonly<AppState>): void {
    const shown = state.asOf?.param ?? null;
    const ordered = chronological();
    const tick = (label: string, at: string | null, param: string | null, onClick: () => void) => {
      const button = h(
        'button',
        // The name may be cut with an ellipsis (rounds.css): the title shows it whole on hover.
        { type: 'button', class: 'timeline-tick', 'aria-pressed': String(shown === param), 'data-round': param ?? 'today', title: label },
        h('span', { class: 'timeline-tick-name' }, label),
        at ? h('time', { class: 'timeline-tick-date', datetime: at }, formatDay(at)) : null,
      );
      button.addEventListener('click', onClick);
      return h('li', {}, button);
    };
    track.replaceChildren(
      ...ordered.map((round) => tick(round.name, round.at, round.id, () => void show(roundPoint(round)))),
      tick(t('rounds.today'), null, null, () => void show(null)),
    );
    compare.disabled = previousAndShown(state) === null;
  }

  /** The round before the point shown (today counts as the latest round), and the point shown. */
  function previousAndShown(state: Readonly<AppState>): { from: Round; to: AsOfPoint } | null {
    const ordered = chronological();
    const point = state.asOf;
    if (point === null) {
      const [before, latest] = ordered.slice(-2);
      return before && latest ? { from: before, to: roundPoint(latest) } : null;
    }
    const earlier = ordered.filter((round) => round.at < point.at && round.id !== point.param);
    const from = earlier.at(-1);
    return from ? { from, to: point } : null;
  }

  // Today is the latest round's map plus what changed since: the comparison shows the latest round.
  compare.addEventListener('click', () => {
    const pair = previousAndShown(store.getState());
    if (!pair) return;
    void show(pair.to).then(() =>
      options.compare(
        { param: pair.from.id, label: pointLabel(roundPoint(pair.from)), name: pair.from.name, at: pair.from.at },
        { param: pair.to.param, label: pointLabel(pair.to), name: pair.to.name, at: pair.to.at },
      ),
    );
  });
  dateInput.addEventListener('change', () => {
    if (!dateInput.value) return;
    // The end of the chosen day (UTC): everything recorded that day is in the map shown.
    const at = `${dateInput.value}T23:59:59.999Z`;
    if (new Date(at).getTime() < Date.now()) return void show({ param: at, name: null, at });
    // Today's map, and a word why the day chosen is not shown (the rest of today is the future too).
    const chosen = formatDay(`${dateInput.value}T12:00:00Z`);
    const future = dateInput.value > new Date().toISOString().slice(0, 10);
    // The field shows today's point again (empty), not the day that was not shown.
    dateInput.value = '';
    void show(null).then(() => {
      if (future) store.notify(t('rounds.futureDate', { date: chosen }));
    });
  });
  back.addEventListener('click', () => void show(null));
  newRound.addEventListener('click', () => void openRoundForm(null));
  editRound.addEventListener('click', () => {
    const round = rounds.find((item) => item.id === store.getState().asOf?.param);
    if (round)
      void openRoundForm(round).then(async (saved) => {
        const again = saved ? (await fetchRounds().catch(() => rounds)).find((item) => item.id === round.id) : undefined;
        // A new date for the round shown: the map is read again for it.
        if (again) await show(roundPoint(again));
      });
  });
  removeRound.addEventListener('click', () => {
    const round = rounds.find((item) => item.id === store.getState().asOf?.param);
    if (round)
      void confirmDeleteRound(round).then(async (deleted) => {
        if (deleted) await show(null);
      });
  });
  // Every edit, undo and redo may have written a round (round-commands.ts): the ticks are read again.
  window.addEventListener(EDITED_EVENT, () => void loadRounds());

  // Undo and redo would change today's record while the past is shown: the shortcuts are stopped first.
  window.addEventListener(
    'keydown',
    (event) => {
      const key = event.key.toLowerCase();
      if (store.getState().asOf && (event.ctrlKey || event.metaKey) && (key === 'z' || key === 'y')) {
        event.preventDefault();
        event.stopImmediatePropagation();
        store.notify(t('rounds.pastUndo'));
      }
    },
    { capture: true },
  );

  // The map data there was when the point shown last changed: data read since is the point's own.
  let notePoint: AsOfPoint | null | undefined;
  let elementsBeforePoint: AppState['elements'] | undefined;
  /**
   * The one rule for the banner's note, whichever way the point came (a tick, the date field, the
   * page address on load): once the point's own map has arrived and it is empty (a date before any
   * record the reader may see), the note says why.
   */
  function renderEmptyNote(state: Readonly<AppState>): void {
    if (state.asOf !== notePoint) {
      notePoint = state.asOf;
      elementsBeforePoint = state.elements;
    }
    const point = state.asOf;
    const arrived = state.load.status === 'ready' && state.elements !== elementsBeforePoint;
    const empty = point !== null && arrived && state.elements.nodes.length === 0;
    if (empty) bannerNote.textContent = t('rounds.emptyPast', { date: formatDay(point.at) });
    bannerNote.hidden = !empty;
  }

  let shownPoint: AsOfPoint | null | undefined;
  void loadRounds();
  return (state: Readonly<AppState>): void => {
    renderEmptyNote(state);
    if (state.asOf === shownPoint) return;
    shownPoint = state.asOf;
    const point = state.asOf;
    // The read-only look (rounds.css): also for a point opened from the address (past-link.ts).
    document.body.toggleAttribute('data-as-of', point !== null);
    banner.hidden = point === null;
    if (point) {
      // The round's name is the user's, isolated; the date a <time> in the page's language.
      const date = h('time', { datetime: point.at }, formatDay(point.at));
      const what = point.name
        ? h('span', {}, ...tParts('rounds.roundAndDate', { name: h('bdi', { 'data-record-text': '' }, point.name), date }))
        : date;
      bannerText.replaceChildren(...tParts('rounds.showingAsOf', { point: what }));
    }
    editRound.parentElement!.hidden = !mayManage || !point?.name;
    if (!point?.name) dateInput.value = point ? point.at.slice(0, 10) : '';
    renderTrack(state);
  };
}
