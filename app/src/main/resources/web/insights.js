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
    const why = document.createElement('button');
    why.type = 'button';
    why.className = 'secondary';
    why.textContent = 'Why?';
    why.setAttribute('aria-label', `Why? ${insight.sentence}`);
    why.addEventListener('click', () => this.ask(whyQuestion(insight)));
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

function conditionValue(text) {
  // "doc_type = invoice" → "invoice"; the first condition names the part of the data the insight is about.
  if (!text) {
    return null;
  }
  const first = text.split(/ and |, /)[0];
  const eq = first.indexOf('=');
  return eq < 0 ? null : first.slice(eq + 1).trim();
}

/** A "why" question the question layer can read: the measure, its scope and the period. */
export function whyQuestion(insight) {
  const scope = conditionValue(insight.scope);
  const parts = ['why did', label(insight.measure)];
  if (scope) {
    parts.push('for', scope);
  }
  parts.push('change');
  if (insight.period) {
    parts.push('in', insight.period);
  }
  return parts.join(' ');
}

/** The document search behind an insight: its document type, its period's days and its segment's value. */
export function documentFilter(insight) {
  const filter = {};
  const scope = insight.scope || '';
  if (/^doc_type\s*=/.test(scope)) {
    filter.type = conditionValue(scope);
  }
  const segment = conditionValue(insight.segment);
  if (segment) {
    filter.q = segment;
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
  } else if (insight.kind === 'driver' && Array.isArray(e.drivers) && e.drivers.length > 0) {
    spec = bars(e.drivers.slice(0, 4).map(d => ({ label: segmentText(d.segment), value: d.ratio })));
    spec.encoding.x.title = 'times as likely';
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
