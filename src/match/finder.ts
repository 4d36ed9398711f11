/**
 * The name finder: the matcher plus the precision rules of `policy.ts`, behind the `Matcher`
 * interface, so page code and tools use one object. Built once per dataset from a match index
 * (patterns with their flags, blockers, context terms).
 */
import { createMatcher } from './matcher';
import { applyLocalRules, createContextTest } from './policy';
import type { FindAllOptions, MatchHit, MatchPattern, Matcher } from './types';

export interface NameFinderInput {
  /** Actor names and blockers (blockers have `blocker: true` and an empty actorId). */
  readonly patterns: readonly MatchPattern[];
  /** Words that make a text about cyber operations, any language. */
  readonly contextTerms: readonly string[];
}

export function createNameFinder({ patterns, contextTerms }: NameFinderInput): Matcher {
  const matcher = createMatcher(patterns);
  const hasGated = patterns.some((p) => p.gated === true);
  const contextTest = hasGated ? createContextTest(contextTerms, createMatcher) : undefined;
  return {
    patterns: matcher.patterns,
    findAll(text: string, options?: FindAllOptions): MatchHit[] {
      // Ask for every raw hit: blockers and rejected hits must not use up the caller's limit.
      const kept = applyLocalRules(matcher.patterns, text, matcher.findAll(text));
      const limit = options?.limit;
      return limit === undefined || kept.length <= limit ? kept : kept.slice(0, limit);
    },
    ...(contextTest === undefined ? {} : { hasContext: contextTest }),
  };
}
