/**
 * A small picture of an episode: the claim and each response on a date axis, marks coloured by
 * stance (pushback, support, neutral). The SVG is drawn with CSS custom properties, so it follows
 * the light and dark palettes; its text alternative lists every event in reading order.
 */
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim, Response } from '../data/schema';
import { t, uiLanguage } from '../shared/i18n';
import { formatPartialDate, stanceLabel, stanceTone } from './labels';
import { shortNameOf } from './names';
import { layoutTimeline, type TimelineEvent } from './timeline-layout';

interface Event extends TimelineEvent {
  key: string;
  tone: 'claim' | 'pushback' | 'support' | 'neutral';
  label: string;
}

export interface TimelineProps {
  index: DatasetIndex;
  /** Claims of one episode (or one claim), each followed by its responses, oldest first. */
  claims: readonly Claim[];
  /** Width of the drawing in CSS pixels (it scales down with its container). */
  width?: number;
}

function eventsOf(index: DatasetIndex, claims: readonly Claim[]): Event[] {
  const language = uiLanguage();
  const names = (ids: readonly string[]) => ids.map((id) => shortNameOf(index, id, language).text).join(t('list_separator'));
  const events: Event[] = [];
  for (const claim of claims) {
    events.push({ key: claim.id, date: claim.date, tone: 'claim', label: t('timeline_claim', names(claim.claimants)) });
    for (const response of index.responsesByClaim.get(claim.id) ?? []) {
      events.push({
        key: response.id,
        date: response.date,
        tone: stanceTone(response.stance),
        label: t('timeline_response', names([response.by]), stanceLabel(response.stance)),
      });
    }
  }
  return events;
}

/** Responses a claim list holds, for callers that need to know whether there is anything to draw. */
export function timelineSize(index: DatasetIndex, claims: readonly Claim[]): number {
  return claims.reduce((n, claim) => n + 1 + (index.responsesByClaim.get(claim.id) ?? ([] as Response[])).length, 0);
}

/** Half-pixel precision: enough for the picture, short in the DOM. */
const round = (n: number) => Math.round(n * 2) / 2;

export function Timeline({ index, claims, width = 360 }: TimelineProps) {
  const events = eventsOf(index, claims);
  if (events.length === 0) return null;
  const layout = layoutTimeline(events, width);
  const description = events.map((e) => t('timeline_event', e.date === 'unknown' ? t('timeline_undated') : formatPartialDate(e.date), e.label)).join('; ');
  return (
    <figure class="cc-timeline">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-label={t('timeline_label', description)}
        data-testid="timeline"
      >
        {layout.rows.map((row) => (
          <g key={row.event.key} class={`cc-tl-row cc-tl-${row.event.tone}`}>
            <line class="cc-tl-guide" x1={layout.plotLeft} x2={layout.plotRight} y1={row.y} y2={row.y} />
            {row.x1 !== null && row.x2 !== null && !row.day ? (
              <rect class="cc-tl-mark" x={round(row.x1)} y={row.y - 4} width={round(Math.max(row.x2 - row.x1, 8))} height={8} rx={4} />
            ) : row.x1 !== null ? (
              <circle class="cc-tl-mark" cx={round(row.x1)} cy={row.y} r={5} />
            ) : null}
            <text class="cc-tl-label" x={round(row.labelX)} y={row.y} text-anchor={row.anchor} dominant-baseline="central">
              {row.x1 === null ? `${row.event.label} (${t('timeline_undated')})` : row.event.label}
            </text>
          </g>
        ))}
        <line class="cc-tl-axis" x1={layout.plotLeft} x2={layout.plotRight} y1={layout.axisY} y2={layout.axisY} />
        {layout.ticks.map((tick, i) => (
          <text
            key={i}
            class="cc-tl-tick"
            x={round(tick.x)}
            y={layout.axisY + 14}
            text-anchor={i === 0 ? 'start' : i === layout.ticks.length - 1 ? 'end' : 'middle'}
          >
            {formatPartialDate(tick.date, { short: true })}
          </text>
        ))}
      </svg>
    </figure>
  );
}
