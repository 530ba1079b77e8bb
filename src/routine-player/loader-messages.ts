/**
 * The player's messages about its data (loading, network, validation) and its storage, for the shared
 * document loader and the storage note. Functions, so each is worded in the language active when shown.
 */
import { msg, str } from '@lit/localize';
import { notFound, notJson } from '../internal/data-loader-messages.js';
import type { ElementLoaderMessages } from '../internal/document-loader.js';
import { uiLocale } from '../internal/locale-loader.js';
import { pluralMessage } from '../internal/plural-message.js';

/** A count inside a loader message, in the digits of the message's language (the page's catalog). */
const uiNumber = (n: number): string => new Intl.NumberFormat(uiLocale()).format(n);

export const routineMessages: ElementLoaderMessages = {
  httpError: (where, status, statusText) => {
    const answer = statusText ? `${status} ${statusText}` : `${status}`;
    return msg(str`Could not load the routine from ${where}: the server answered ${answer}.`);
  },
  networkError: (where) => msg(str`Could not load the routine from ${where}: the network request failed.`),
  timeout: (where, seconds) => {
    const n = uiNumber(seconds);
    return pluralMessage(seconds, {
      zero: () =>
        msg(str`Could not load the routine from ${where}: no answer after ${n} seconds.`, {
          id: 'player.timeout.zero',
        }),
      one: () =>
        msg(str`Could not load the routine from ${where}: no answer after ${n} second.`, {
          id: 'player.timeout.one',
        }),
      two: () =>
        msg(str`Could not load the routine from ${where}: no answer after ${n} seconds.`, {
          id: 'player.timeout.two',
        }),
      few: () =>
        msg(str`Could not load the routine from ${where}: no answer after ${n} seconds.`, {
          id: 'player.timeout.few',
        }),
      many: () =>
        msg(str`Could not load the routine from ${where}: no answer after ${n} seconds.`, {
          id: 'player.timeout.many',
        }),
      other: () =>
        msg(str`Could not load the routine from ${where}: no answer after ${n} seconds.`, {
          id: 'player.timeout.other',
        }),
    });
  },
  // Said of any data: the routine's own words would be new sentences to translate.
  notJson,
  inlineNotJson: () => msg('The inline routine JSON is not valid JSON.'),
  notFound,
  invalid: (count) => {
    const n = uiNumber(count);
    return pluralMessage(count, {
      zero: () => msg(str`This routine data has ${n} problems:`, { id: 'player.problems.zero' }),
      one: () => msg(str`This routine data has ${n} problem:`, { id: 'player.problems.one' }),
      two: () => msg(str`This routine data has ${n} problems:`, { id: 'player.problems.two' }),
      few: () => msg(str`This routine data has ${n} problems:`, { id: 'player.problems.few' }),
      many: () => msg(str`This routine data has ${n} problems:`, { id: 'player.problems.many' }),
      other: () => msg(str`This routine data has ${n} problems:`, { id: 'player.problems.other' }),
    });
  },
};

/** Said once when storage refuses to keep the session (blocked storage, a full quota). */
export const storageNoteText = (): string =>
  msg('Progress can’t be saved on this device, so a reload will start over.');
