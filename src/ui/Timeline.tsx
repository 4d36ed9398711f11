/**
 * A small picture of an episode: the claim and each response on a date axis, marks coloured by
 * stance (pushback, support, neutral). The SVG is drawn with CSS custom properties, so it follows
 * the light and dark palettes. Its text alternative is a visually hidden list of the same events
 * (not an aria-label), so the actors' names keep their own `lang` for screen readers.
 */
import { Fragment } from 'preact';
import type { DatasetIndex } from '../data/dataset-index';
import type { Claim } from '../data/schema';
import { t, uiLanguage, type MessageKey } from '../shared/i18n';
import { formatPartialDate, stanceLabel, stanceTone } from './labels';
import { shortNameOf, type ShownName } from './names';
import { layoutTimeline, type TimelineEvent } from './timeline-layout';

interface Event extends TimelineEvent {
  key: string;
  tone: 'claim' | 'pushback' | 'support' | 'neutral';
  /** The message and its parts: who (dataset names) and, for a response, the stance. */
  message: MessageKey;
  who: ShownName[];
  stance?: string;
}

export interface TimelineProps {
  index: DatasetIndex;
  /** Claims of one episode (or one claim), each followed by its responses, oldest first. */
  claims: readonly Claim[];
  /** Width of the drawing in CSS pixels (it scales down with its container). */
  width?: number;
}

/** Stands in for the names while the message is looked up; never shown. */
const MARK = '\u2063';

function eventsOf(index: DatasetIndex, claims: readonly Claim[]): Event[] {
  const language = uiLanguage();
  const names = (ids: readonly string[]) => ids.map((id) => shortNameOf(index, id, language));
  const events: Event[] = [];
  for (const claim of claims) {
    events.push({ key: claim.id, date: claim.date, tone: 'claim', message: 'timeline_claim', who: names(claim.claimants) });
    for (const response of index.responsesByClaim.get(claim.id) ?? []) {
      events.push({
        key: response.id,
        date: response.date,
        tone: stanceTone(response.stance),
        message: 'timeline_response',
        who: names([response.by]),
        stance: stanceLabel(response.stance),
      });
    }
  }
  return events;
}

/** An event's words with the names marked up, as SVG `tspan`s or HTML `span`s. */
function Label({ event, svg }: { event: Event; svg: boolean }) {
  const [before = '', after = ''] = t(event.message, MARK, event.stance ?? '').split(MARK);
  const Tag = svg ? 'tspan' : 'span';
  return (
    <>
      {before}
      {event.who.map((name, i) => (
        <Fragment key={i}>
          {i > 0 && t('list_separator')}
          <Tag lang={name.lang}>{name.text}</Tag>
        </Fragment>
      ))}
      {after}
    </>
  );
}

/** Half-pixel precision: enough for the picture, short in the DOM. */
const round = (n: number) => Math.round(n * 2) / 2;

export function Timeline({ index, claims, width = 360 }: TimelineProps) {
  const events = eventsOf(index, claims);
  if (events.length === 0) return null;
  const layout = layoutTimeline(events, width);
  return (
    <figure class="cc-timeline">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
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
              <Label event={row.event} svg />
              {row.x1 === null && ` (${t('timeline_undated')})`}
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
      <ol class="cc-sr" data-testid="timeline-text">
        {events.map((event) => (
          <li key={event.key}>
            {event.date === 'unknown' ? t('timeline_undated') : formatPartialDate(event.date)}
            {t('colon')}
            <Label event={event} svg={false} />
          </li>
        ))}
      </ol>
    </figure>
  );
}
