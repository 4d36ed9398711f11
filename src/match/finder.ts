/**
 * The name finder: the matcher plus the precision rules of `policy.ts`, behind the `Matcher`
 * interface, so page code and tools use one object. Built once per dataset from a match index
 * (patterns with their flags, blockers, context terms).
 */
import { compileNames, contextGroups, isSubstringTerm, type CompiledNames } from './compiled';
import { MAX_HITS_PER_CALL } from './limits';
import { createMatcher } from './matcher';
import { applyLocalRules, createContextTest } from './policy';
import { NameScan } from './scan';
import type { FindAllOptions, MatchHit, Matcher, PatternList } from './types';

/** Raw matcher hits examined per call: four times the page's mention cap. */
export const RAW_HITS_PER_CALL = 4 * MAX_HITS_PER_CALL;

const RAW_LIMIT: FindAllOptions = { limit: RAW_HITS_PER_CALL };

export interface NameFinderInput {
  /** Actor names and blockers (blockers have `blocker: true` and an empty actorId). */
  readonly patterns: PatternList;
  /** Whether some pattern is gated, when the caller knows without making every pattern (`openMatchIndex`). */
  readonly hasGated?: boolean;
  /** Words that make a text about cyber operations, any language (read only for what is absent below). */
  readonly contextTerms?: readonly string[];
  /**
   * `compileNames(patterns, contextTerms)` done already (the background compiles once and sends
   * it packed, `packed.ts`); compiled here when absent.
   */
  readonly compiled?: CompiledNames;
  /**
   * The context terms looked for as substrings (`isSubstringTerm`), when the caller has them sorted
   * out (`openMatchIndex`: the background did, so a page compiles no Unicode-script RegExp).
   */
  readonly substringTerms?: readonly string[];
}

export function createNameFinder({
  patterns,
  contextTerms = [],
  compiled = compileNames(patterns, contextTerms),
  substringTerms,
  hasGated = someGated(patterns),
}: NameFinderInput): Matcher {
  const matcher = createMatcher(patterns, compiled);
  // Set up on first use: context is asked only near a gated name's hit, which most pages never have.
  let contextTest: ((text: string) => boolean) | undefined;
  const makeContextTest = () => {
    const terms = new NameScan(compiled.trie, contextGroups(compiled), compiled.contextWords);
    return createContextTest(substringTerms ?? contextTerms.filter(isSubstringTerm), (text) => terms.findAll(text, 1).length > 0);
  };
  const hasContext = (text: string): boolean => (contextTest ??= makeContextTest())(text);
  return {
    patterns: matcher.patterns,
    findAll(text: string, options?: FindAllOptions): MatchHit[] {
      // Raw hits beyond the caller's limit: blockers, rejected and (later) gated-out hits must not
      // use it up. Still bounded, so a page of nothing but look-alikes costs a fixed amount.
      const raw = matcher.findAll(text, RAW_LIMIT);
      if (raw.length === 0) return raw;
      const kept = applyLocalRules(matcher.patterns, text, raw);
      const limit = options?.limit;
      return limit === undefined || kept.length <= limit ? kept : kept.slice(0, limit);
    },
    ...(hasGated ? { hasContext } : {}),
  };
}

function someGated(patterns: PatternList): boolean {
  for (let i = 0; i < patterns.length; i++) if (patterns.at(i)?.gated === true) return true;
  return false;
}
