/**
 * The match index on the message channel, both ends of the one conversion: the background packs
 * it (`packMatchIndex`) with the compiled names' bytes as base64 — Chromium serialises messages
 * as JSON — and a page decodes and opens it.
 */
import { openMatchIndex, packMatchIndex, type MatchIndex, type OpenedMatchIndex } from '../data/match-index';
import { base64ToBytes, bytesToBase64 } from './base64';
import type { MatchIndexMessage } from './messages';

export function toMatchIndexMessage(index: MatchIndex): MatchIndexMessage {
  const packed = packMatchIndex(index);
  return { ...packed, compiled: bytesToBase64(packed.compiled) };
}

/** Throws an Error saying what does not fit when the message is not a whole packing. */
export function openMatchIndexMessage(message: MatchIndexMessage): OpenedMatchIndex {
  return openMatchIndex({ ...message, compiled: base64ToBytes(message.compiled) });
}
