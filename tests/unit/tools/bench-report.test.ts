import { describe, expect, it } from 'vitest';
import { fmtTimeRatio, STARTUP_GOALS } from '../../bench/startup-report';

describe('the benchmark report', () => {
  it('shows a start-up ratio with a third decimal only where two would round it onto the goal', () => {
    expect(STARTUP_GOALS.timeRatio).toBe(1.2);
    expect(fmtTimeRatio(1.2034)).toBe('1.203');
    expect(fmtTimeRatio(1.1961)).toBe('1.196');
    expect(fmtTimeRatio(1.2)).toBe('1.20');
    expect(fmtTimeRatio(1.15)).toBe('1.15');
    expect(fmtTimeRatio(1.25)).toBe('1.25');
  });
});
