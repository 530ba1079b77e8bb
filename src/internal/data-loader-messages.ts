/**
 * The document loader's generic sentences, which speak of "data": for an element without wording of
 * its own (the editor's library panel, a test host). Each is its own export, so an element that words
 * most sentences itself (the player: "the routine") imports only the few it shares, and a bundler leaves
 * the rest out; the card words all of them and imports none.
 */
import { msg, str } from '@lit/localize';
import type { LoaderMessages } from './document-loader.js';
import { uiLocale } from './locale-loader.js';
import { pluralMessage } from './plural-message.js';

/** A count inside a UI sentence, in the digits of the sentence's language. */
const uiNumber = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);

export const httpError: LoaderMessages['httpError'] = (where, status, statusText) => {
  const answer = statusText ? `${status} ${statusText}` : `${status}`;
  return msg(str`Could not load data from ${where}: the server answered ${answer}.`);
};

export const networkError: LoaderMessages['networkError'] = (where) =>
  msg(str`Could not load data from ${where}: the network request failed.`);

export const timeout: LoaderMessages['timeout'] = (where, seconds) => {
  const n = uiNumber(seconds);
  return pluralMessage(seconds, {
    zero: () =>
      msg(str`Could not load data from ${where}: no answer after ${n} seconds.`, {
        id: 'data.timeout.zero',
      }),
    one: () =>
      msg(str`Could not load data from ${where}: no answer after ${n} second.`, { id: 'data.timeout.one' }),
    two: () =>
      msg(str`Could not load data from ${where}: no answer after ${n} seconds.`, {
        id: 'data.timeout.two',
      }),
    few: () =>
      msg(str`Could not load data from ${where}: no answer after ${n} seconds.`, {
        id: 'data.timeout.few',
      }),
    many: () =>
      msg(str`Could not load data from ${where}: no answer after ${n} seconds.`, {
        id: 'data.timeout.many',
      }),
    other: () =>
      msg(str`Could not load data from ${where}: no answer after ${n} seconds.`, {
        id: 'data.timeout.other',
      }),
  });
};

export const notJson: LoaderMessages['notJson'] = (where) =>
  msg(str`The data at ${where} is not valid JSON.`);

export const inlineNotJson: LoaderMessages['inlineNotJson'] = () => msg('The inline JSON is not valid JSON.');

export const notFound: LoaderMessages['notFound'] = (id, where) =>
  msg(str`No item with id "${id}" was found in ${where}.`);

export const invalid: LoaderMessages['invalid'] = (count) => {
  const n = uiNumber(count);
  return pluralMessage(count, {
    zero: () => msg(str`This data has ${n} problems:`, { id: 'data.problems.zero' }),
    one: () => msg(str`This data has ${n} problem:`, { id: 'data.problems.one' }),
    two: () => msg(str`This data has ${n} problems:`, { id: 'data.problems.two' }),
    few: () => msg(str`This data has ${n} problems:`, { id: 'data.problems.few' }),
    many: () => msg(str`This data has ${n} problems:`, { id: 'data.problems.many' }),
    other: () => msg(str`This data has ${n} problems:`, { id: 'data.problems.other' }),
  });
};

/** Every generic sentence, for `DocumentLoaderOptions.messages`. */
export const dataMessages = {
  httpError,
  networkError,
  timeout,
  notJson,
  inlineNotJson,
  notFound,
  invalid,
} satisfies Omit<LoaderMessages, 'inlineSource' | 'propertySource'>;
