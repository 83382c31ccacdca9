// The insight feed (GET /api/insights): cards with the sentence, a mini-chart drawn from the insight's own
// evidence, "Why?" (asks a why question) and "Show documents" (searches the documents behind it).

import { query, request } from './api.js';

const PAGE = 8;

export class InsightFeed {
  constructor({ ask, searchDocuments, onUnauthorized }) {
    this.ask = ask;
    this.searchDocuments = searchDocuments;
    this.onUnauthorized = onUnauthorized;
    this.panel = document.getElementById('insights-panel');
    this.list = document.getElementById('insights');
    this.more = document.getElementById('more-insights');
    this.kind = document.getElementById('insight-kind');
    this.offset = 0;
    this.kind.addEventListener('change', () => this.load(true));
    this.more.addEventListener('click', () => this.load(false));
  }

  /** Loads a page; hides the whole panel when the server has no insight feed (404: an older server). */
  async load(reset) {
    if (reset) {
      this.offset = 0;
      this.list.replaceChildren();
    }
    let page;
    try {
      page = await request(query('/api/insights', { kind: this.kind.value, limit: PAGE, offset: this.offset }));
    } catch (e) {
      if (e.status === 401) {
        this.onUnauthorized();
      }
      this.panel.hidden = e.status === 404 || e.status === 401 || this.list.children.length === 0;
      return;
    }
    this.panel.hidden = false;
    const items = page.items || [];
    if (items.length === 0 && this.offset === 0) {
      const li = document.createElement('li');
      li.className = 'hint';
      li.textContent = 'No insights yet: run "darkroom insights" on this warehouse.';
      this.list.append(li);
    }
    for (const insight of items) {
      const card = this.card(insight);
      this.list.append(card);
      drawMini(card.querySelector('.mini'), insight);
    }
    this.offset += items.length;
    this.more.hidden = this.offset >= (page.total || 0);
  }

  card(insight) {
    const li = document.createElement('li');
    li.className = 'insight';
    li.dataset.id = insight.id;
    const sentence = document.createElement('p');
    sentence.textContent = insight.sentence;
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [insight.kind, insight.period, insight.scope, insight.segment].filter(Boolean).join(' · ');
    const mini = document.createElement('div');
    mini.className = 'mini';
    const actions = document.createElement('div');
    actions.className = 'actions';
    const drill = drillQuestion(insight);
    const why = document.createElement('button');
    why.type = 'button';
    why.className = 'secondary';
    why.textContent = drill.label;
    why.title = `Asks “${drill.question}”`;
    why.setAttribute('aria-label', `${drill.label} Asks: ${drill.question}`);
    why.addEventListener('click', () => this.ask(drill.question));
    const docs = document.createElement('button');
    docs.type = 'button';
    docs.className = 'secondary';
    docs.textContent = 'Show documents';
    docs.setAttribute('aria-label', `Show the documents behind: ${insight.sentence}`);
    docs.addEventListener('click', () => this.searchDocuments(documentFilter(insight)));
    actions.append(why, docs);
    li.append(sentence, meta, mini, actions);
    return li;
  }
}

function label(name) {
  return (name || 'the measure').replace(/_/g, ' ');
}

/** "doc_type = invoice, field_address = Vienna, Austria" → [{dimension, value}, ...] (values may hold commas). */
export function conditions(text) {
  if (!text) {
    return [];
  }
  return text.split(/,\s*(?=[\w.]+ = )/).map(c => {
    const eq = c.indexOf(' = ');
    return eq < 0 ? null : { dimension: c.slice(0, eq).trim(), value: c.slice(eq + 3).trim() };
  }).filter(Boolean);
}

/** "2024-11" → "November 2024", "2024-Q3" → "Q3 2024": the forms the question reader knows. */
function periodWords(p) {
  let m;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) {
    return `${new Date(Date.UTC(+m[1], +m[2] - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${m[1]}`;
  }
  if ((m = /^(\d{4})-(Q[1-4])$/.exec(p))) {
    return `${m[2]} ${m[1]}`;
  }
  return p;
}

/**
 * The question that drills into an insight, and its button's label: why an anomaly or change happened
 * (subject, segment values and period), what drives a driver's measure, the history behind a forecast.
 */
export function drillQuestion(insight) {
  const e = insight.evidence || {};
  const subject = e.subject && e.subject.label ? e.subject.label : label(insight.measure);
  if (insight.kind === 'driver') {
    return { label: 'What drives it?', question: `what drives ${subject}` };
  }
  if (insight.kind === 'forecast') {
    return { label: 'Show the history', question: `${subject} by ${e.grain || 'month'}` };
  }
  const segment = conditions(insight.segment).map(c => c.value).join(' and ');
  return {
    label: 'Why?',
    question: `why did ${subject}${segment ? ` for ${segment}` : ''} change${insight.period ? ` in ${periodWords(insight.period)}` : ''}`,
  };
}

/** The document search behind an insight: its document type, its period's days and its segment's value. */
export function documentFilter(insight) {
  const filter = {};
  const type = conditions(insight.scope).find(c => c.dimension === 'doc_type');
  if (type) {
    filter.type = type.value;
  }
  // The segment's first value as search words: the documents that name it (a product, a customer).
  const segment = conditions(insight.segment)[0];
  if (segment) {
    filter.q = segment.value;
  }
  const p = insight.period || '';
  let m;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) {
    const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate();
    filter.from = `${p}-01`;
    filter.to = `${p}-${String(last).padStart(2, '0')}`;
  } else if ((m = /^(\d{4})$/.exec(p))) {
    filter.from = `${p}-01-01`;
    filter.to = `${p}-12-31`;
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(p))) {
    const start = (+m[2] - 1) * 3 + 1;
    const last = new Date(Date.UTC(+m[1], start + 2, 0)).getUTCDate();
    filter.from = `${m[1]}-${String(start).padStart(2, '0')}-01`;
    filter.to = `${m[1]}-${String(start + 2).padStart(2, '0')}-${last}`;
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(p)) {
    filter.from = p;
    filter.to = p;
  }
  return filter;
}

/** The few numbers each kind's sentence came from, as a small chart; nothing when the evidence lacks them. */
export function miniSpec(insight) {
  const e = insight.evidence || {};
  const bars = (values, color) => ({
    data: { values },
    mark: { type: 'bar', color: color || '#1f5fbf' },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null },
      x: { field: 'value', type: 'quantitative', title: null },
    },
  });
  let spec = null;
  if (insight.kind === 'anomaly' && isNum(e.observed) && isNum(e.expected)) {
    spec = bars([{ label: 'expected', value: e.expected }, { label: `${e.period || 'observed'}`, value: e.observed }], '#c0392b');
  } else if (insight.kind === 'change' && isNum(e.current) && isNum(e.baseline)) {
    spec = bars([{ label: e.baselinePeriod || 'before', value: e.baseline }, { label: e.period || 'now', value: e.current }]);
  } else if (insight.kind === 'driver' && Array.isArray(e.drivers) && e.drivers.length > 0
      && isNum(e.drivers[0].valueInSegment) && isNum(e.drivers[0].valueInRest)) {
    // The top driver's segment against the rest (a rate or a mean: the ratio is NaN for signed scores).
    const d = e.drivers[0];
    spec = bars([{ label: segmentText(d.segment), value: d.valueInSegment }, { label: 'the rest', value: d.valueInRest }]);
  } else if (insight.kind === 'forecast' && Array.isArray(e.points) && e.points.length > 0) {
    spec = {
      data: { values: e.points },
      encoding: { x: { field: 'period', type: 'ordinal', title: null, axis: { labelAngle: 0 } } },
      layer: [
        { mark: { type: 'area', opacity: 0.25, color: '#1f5fbf' },
          encoding: { y: { field: 'lower', type: 'quantitative', title: null, scale: { zero: false } }, y2: { field: 'upper' } } },
        { mark: { type: 'line', point: true, color: '#1f5fbf' }, encoding: { y: { field: 'value', type: 'quantitative' } } },
      ],
    };
  }
  if (spec) {
    spec.width = 'container';
    spec.height = 70;
    spec.autosize = { type: 'fit', contains: 'padding' };
    spec.config = { axis: { labelFontSize: 9, labelLimit: 90 }, view: { stroke: null } };
  }
  return spec;
}

function segmentText(segment) {
  if (!segment || !Array.isArray(segment.conditions)) {
    return String(segment || '');
  }
  return segment.conditions.map(c => c.value).join(', ');
}

function isNum(v) {
  return typeof v === 'number' && Number.isFinite(v);
}

async function drawMini(box, insight) {
  const spec = miniSpec(insight);
  if (!spec) {
    box.remove();
    return;
  }
  box.setAttribute('aria-hidden', 'true');
  try {
    await window.vegaEmbed(box, spec, { actions: false, renderer: 'svg' });
  } catch (e) {
    box.remove();
  }
}
