/**
 * The English catalogue, bundled with the page (the other languages load when chosen), and the
 * type of a message key: `namespace.key` for every key of every English namespace file, so a key
 * that does not exist fails the type check. English is the reference: every other catalogue has
 * exactly its keys (tests/unit/i18n-catalogues.test.ts).
 */
import accounts from './messages/en/accounts.json' with { type: 'json' };
import analysis from './messages/en/analysis.json' with { type: 'json' };
import analysisApi from './messages/en/analysis-api.json' with { type: 'json' };
import api from './messages/en/api.json' with { type: 'json' };
import analysisCoordination from './messages/en/analysis-coordination.json' with { type: 'json' };
import areaMap from './messages/en/area-map.json' with { type: 'json' };
import areas from './messages/en/areas.json' with { type: 'json' };
import audit from './messages/en/audit.json' with { type: 'json' };
import auth from './messages/en/auth.json' with { type: 'json' };
import briefings from './messages/en/briefings.json' with { type: 'json' };
import bulk from './messages/en/bulk.json' with { type: 'json' };
import common from './messages/en/common.json' with { type: 'json' };
import edit from './messages/en/edit.json' with { type: 'json' };
import engagements from './messages/en/engagements.json' with { type: 'json' };
import evidence from './messages/en/evidence.json' with { type: 'json' };
import filters from './messages/en/filters.json' with { type: 'json' };
import format from './messages/en/format.json' with { type: 'json' };
import forms from './messages/en/forms.json' with { type: 'json' };
import header from './messages/en/header.json' with { type: 'json' };
import merge from './messages/en/merge.json' with { type: 'json' };
import outputs from './messages/en/outputs.json' with { type: 'json' };
import panel from './messages/en/panel.json' with { type: 'json' };
import pickers from './messages/en/pickers.json' with { type: 'json' };
import rounds from './messages/en/rounds.json' with { type: 'json' };
import shell from './messages/en/shell.json' with { type: 'json' };
import toolbar from './messages/en/toolbar.json' with { type: 'json' };
import transfer from './messages/en/transfer.json' with { type: 'json' };
import views from './messages/en/views.json' with { type: 'json' };
import vocabulary from './messages/en/vocabulary.json' with { type: 'json' };

export const ENGLISH = {
  accounts,
  analysis,
  'analysis-api': analysisApi,
  api,
  'analysis-coordination': analysisCoordination,
  'area-map': areaMap,
  areas,
  audit,
  auth,
  briefings,
  bulk,
  common,
  edit,
  engagements,
  evidence,
  filters,
  format,
  forms,
  header,
  merge,
  outputs,
  panel,
  pickers,
  rounds,
  shell,
  toolbar,
  transfer,
  views,
  vocabulary,
} as const;

type KeysOf<Catalogue> = {
  [Namespace in keyof Catalogue]: `${Namespace & string}.${keyof Catalogue[Namespace] & string}`;
}[keyof Catalogue];
export type MessageKey = KeysOf<typeof ENGLISH>;

/** A catalogue as the formatter reads it: `namespace.key` -> ICU message. */
export type FlatCatalogue = ReadonlyMap<string, string>;

export function flatten(namespaces: Record<string, Record<string, string>>): FlatCatalogue {
  const flat = new Map<string, string>();
  for (const [namespace, messages] of Object.entries(namespaces))
    for (const [key, message] of Object.entries(messages)) flat.set(`${namespace}.${key}`, message);
  return flat;
}
