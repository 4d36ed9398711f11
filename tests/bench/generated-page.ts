/**
 * A generated news-like page of about 1 MB of text for the benchmark: paragraphs of ordinary
 * words with inline markup, every tenth paragraph Chinese, and real aliases sprinkled in — some
 * split across inline tags or joined by NBSP, as real pages write them.
 */
import { createRandom } from '../unit/hostile/dataset-mutations';

export const GENERATED_PAGE_FILE = 'generated-1mb.html';
const TARGET_TEXT_CHARS = 1_000_000;

const WORDS = (
  'the government said on monday that officials had identified a group of hackers behind attacks on ' +
  'power grids water supplies and telecoms networks according to a statement published by the ministry ' +
  'security researchers who declined to be named disputed the evidence while spokespeople denied any role'
).split(' ');
const HAN = '政府周一表示官员已查明一个黑客组织对电网供水和电信网络发动攻击据该部发布的声明安全研究人员对证据提出质疑发言人否认参与';
const INLINE = ['a', 'b', 'em', 'span', 'strong', 'i'];

type Random = () => number;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A name as a page might write it: plain, in a link, split across a tag, or with an NBSP. */
function writeName(random: Random, name: string): string {
  const roll = random();
  const space = name.indexOf(' ');
  if (roll < 0.2) return `<a href="#n">${escapeHtml(name)}</a>`;
  if (roll < 0.35 && space > 0) return `${escapeHtml(name.slice(0, space))} <b>${escapeHtml(name.slice(space + 1))}</b>`;
  if (roll < 0.45 && space > 0) return escapeHtml(name).replace(' ', '&nbsp;');
  return escapeHtml(name);
}

function latinParagraph(random: Random, names: readonly string[]): string {
  const parts: string[] = [];
  const length = 60 + Math.floor(random() * 80);
  for (let i = 0; i < length; i += 1) {
    const word = WORDS[Math.floor(random() * WORDS.length)] as string;
    if (random() < 0.02 && names.length > 0) parts.push(writeName(random, names[Math.floor(random() * names.length)] as string));
    else if (random() < 0.05) {
      const tag = INLINE[Math.floor(random() * INLINE.length)] as string;
      parts.push(`<${tag}${tag === 'a' ? ' href="#x"' : ''}>${word}</${tag}>`);
    } else parts.push(word);
  }
  return `<p>${parts.join(' ')}.</p>`;
}

function hanParagraph(random: Random, names: readonly string[]): string {
  let out = '';
  const length = 150 + Math.floor(random() * 150);
  for (let i = 0; i < length; i += 1) {
    if (random() < 0.01 && names.length > 0) out += escapeHtml(names[Math.floor(random() * names.length)] as string);
    else out += HAN[Math.floor(random() * HAN.length)];
  }
  return `<p lang="zh">${out}。</p>`;
}

/** The page's HTML; deterministic for a given list of names. */
export function generatePage(names: readonly string[], targetChars = TARGET_TEXT_CHARS): string {
  const random = createRandom(1_000_000);
  const latin = names.filter((name) => !/\p{Script=Han}/u.test(name));
  const han = names.filter((name) => /\p{Script=Han}/u.test(name));
  const blocks: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars; i += 1) {
    const block = i % 10 === 9 ? hanParagraph(random, han) : latinParagraph(random, latin);
    blocks.push(i % 25 === 0 ? `<h2>Section ${i / 25 + 1}</h2><div class="story">${block}` : i % 25 === 24 ? `${block}</div>` : block);
    chars += block.replace(/<[^>]*>/g, '').length;
  }
  if (blocks.length % 25 !== 0) blocks.push('</div>');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated 1 MB page</title></head><body><article>${blocks.join('\n')}</article></body></html>`;
}
