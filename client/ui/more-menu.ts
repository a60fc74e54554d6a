/**
 * The toolbar's "More" menu: the actions used now and then (import, outputs, admin areas, the
 * audit log, accounts, possible duplicates, unpin all) behind one menu button, so the toolbar is
 * one row at 1280 px and nothing is lost. A real ARIA menu button: `aria-haspopup="menu"` and
 * `aria-expanded`; Enter, Space or ArrowDown opens it on the first item and ArrowUp on the last;
 * arrows, Home and End move, Escape closes it and returns to the button, Tab or a click elsewhere
 * closes it. Other modules add their buttons to `#transfer-tools`, which the menu takes in: each
 * button there becomes a menu item. Choosing an item closes the menu and puts the focus on the
 * button first, so a dialog the item opens gives the focus back to "More" when it closes (the
 * item itself is hidden by then). Export stays on the toolbar: exporting a view is an everyday
 * task (issue 13, point 5), so its button is moved out of the menu next to "More".
 */
import { t } from '../i18n/i18n.js';
import { h } from './dom.js';

/** Buttons mounted into #transfer-tools that stay on the toolbar, outside the menu. */
const KEPT_ON_TOOLBAR = ['open-export'];

export interface MoreMenu {
  /** Where the toolbar's own rarely used actions go (a group of the menu). */
  ownGroup: HTMLElement;
  /** Show the menu's map-only items in map mode only. */
  setMapMode(on: boolean): void;
}

export function mountMoreMenu(toolbar: HTMLElement): MoreMenu {
  const button = h(
    'button',
    {
      type: 'button',
      id: 'more-button',
      class: 'more-button',
      'data-testid': 'more-menu-button',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-controls': 'more-menu-list',
    },
    t('toolbar.more'),
    h('span', { 'aria-hidden': 'true', class: 'more-caret' }, ' ▾'),
  );
  const menu = h('div', { id: 'more-menu-list', class: 'more-menu-list', role: 'menu', 'aria-labelledby': 'more-button', hidden: true });
  // The buttons other modules mount (#transfer-tools) become the menu's first group.
  const shared = toolbar.querySelector<HTMLElement>('#transfer-tools') ?? h('div', { id: 'transfer-tools' });
  shared.className = 'more-menu-group';
  shared.setAttribute('role', 'group');
  shared.setAttribute('aria-label', t('toolbar.moreLabel'));
  const ownGroup = h('div', { class: 'more-menu-group', role: 'group', 'aria-label': t('toolbar.mode_map') });
  menu.append(shared, ownGroup);
  const wrapper = h('div', { class: 'toolbar-group more-menu', 'data-testid': 'more-menu' }, button, menu);
  const kept = h('div', { class: 'toolbar-group' });
  toolbar.append(kept, wrapper);

  /** Every button in the menu is a menu item reached with the arrows, not with Tab. */
  const asItems = () => {
    for (const testId of KEPT_ON_TOOLBAR) {
      const everyday = menu.querySelector(`[data-testid="${testId}"]`);
      if (everyday) kept.append(everyday);
    }
    for (const item of menu.querySelectorAll<HTMLElement>('button')) {
      item.setAttribute('role', 'menuitem');
      item.tabIndex = -1;
    }
  };
  asItems();
  new MutationObserver(asItems).observe(menu, { childList: true, subtree: true });

  const items = () => [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].filter((item) => !item.hidden && !item.disabled);
  const isOpen = () => !menu.hidden;

  function open(focus: 'first' | 'last'): void {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    // Under the button, right-aligned; where that would leave the screen (a narrow window, "More"
    // wrapped to the left), left-aligned instead.
    menu.classList.remove('more-menu-list-start');
    if (menu.getBoundingClientRect().left < 0) menu.classList.add('more-menu-list-start');
    const all = items();
    (focus === 'first' ? all[0] : all.at(-1))?.focus();
  }
  function close(returnFocus: boolean): void {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close(true) : open('first')));
  button.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      open(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && isOpen()) {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    }
  });
  menu.addEventListener('keydown', (event) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (index: number) => {
      event.preventDefault();
      all[(index + all.length) % all.length]?.focus();
    };
    if (event.key === 'ArrowDown') go(at + 1);
    else if (event.key === 'ArrowUp') go(at - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(all.length - 1);
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  });
  // Capture: the menu closes and the focus is on "More" before the item's own handler opens its dialog.
  menu.addEventListener(
    'click',
    (event) => {
      if ((event.target as HTMLElement).closest('[role="menuitem"]')) close(true);
    },
    true,
  );
  document.addEventListener('pointerdown', (event) => {
    if (isOpen() && !wrapper.contains(event.target as Node)) close(false);
  });
  wrapper.addEventListener('focusout', (event) => {
    if (isOpen() && event.relatedTarget instanceof Node && !wrapper.contains(event.relatedTarget)) close(false);
  });

  return {
    ownGroup,
    setMapMode(on) {
      for (const item of ownGroup.querySelectorAll<HTMLElement>('[data-map-only]')) item.hidden = !on;
    },
  };
}
