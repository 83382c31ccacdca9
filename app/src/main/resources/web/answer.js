// The answer card: sentence, chart (the answer's own Vega-Lite spec), sortable table, how it was read,
// follow-up chips and clarification options.

import { request } from './api.js';

const NUMBER = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/**
 * Renders one answer into a new card; ask(text) is called when a chip or an option is chosen, and
 * openDocument(id, opener), when given, makes a document search's titles open the document view.
 */
export function answerCard(answer, index, ask, openDocument) {
  const card = document.getElementById('answer-template').content.firstElementChild.cloneNode(true);
  card.id = `answer-${index}`;
  card.dataset.kind = answer.kind;
  card.setAttribute('aria-label', `Answer ${index}: ${answer.question || ''}`);
  card.querySelector('.question-text').textContent = answer.question || '';
  card.querySelector('.kind').textContent = answer.kind.replace(/_/g, ' ');
  card.querySelector('.sentence').textContent = answer.sentence;

  const clarifying = answer.kind === 'clarify';
  const options = answer.followUps || [];
  if (clarifying) {
    card.classList.add('clarification');
    const box = card.querySelector('.clarify');
    const list = box.querySelector('.options');
    box.hidden = options.length === 0;
    for (const option of options) {
      list.append(button(option, 'option', () => ask(option)));
    }
  } else if (options.length > 0) {
    const box = card.querySelector('.followups');
    box.hidden = false;
    const list = box.querySelector('.chips');
    for (const f of options) {
      const li = document.createElement('li');
      li.append(button(f, 'chip', () => ask(f)));
      list.append(li);
    }
  }

  const table = answer.table || { columns: [], rows: [] };
  const tableDetails = card.querySelector('.table-details');
  if (table.columns.length === 0) {
    tableDetails.remove();
  } else {
    card.querySelector('.table-wrap').append(sortableTable(table, documentLinks(answer, table, openDocument)));
    tableDetails.querySelector('summary').textContent = `Table (${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'})`;
    // With no chart, the table is the answer: show it.
    tableDetails.open = !answer.chart || !answer.chart.vegaLite;
  }

  if (answer.answerId && !clarifying) {
    feedbackForm(card.querySelector('.feedback'), answer.answerId);
  }

  card.querySelector('.interpretation').textContent = answer.interpretation || 'No reading to show.';
  card.querySelector('.confidence').textContent = clarifying ? ''
    : `Confidence ${Math.round((answer.confidence || 0) * 100)} %${answer.tableUsed ? ` · from ${answer.tableUsed}` : ''}`;
  const sql = card.querySelector('.sql');
  if (answer.sql) {
    sql.querySelector('code').textContent = answer.sql;
  } else {
    sql.remove();
  }
  return card;
}

/** Right/wrong on an answer (POST /api/answers/{id}/feedback); "No" first asks what was wrong. */
function feedbackForm(form, answerId) {
  form.hidden = false;
  const comment = form.querySelector('input[name=comment]');
  const status = form.querySelector('.feedback-status');
  form.addEventListener('submit', async e => {
    e.preventDefault();
    // Enter in the comment box submits through the form's first button ("Yes"): it still means "No".
    const verdict = document.activeElement === comment || !e.submitter ? 'wrong' : e.submitter.value;
    if (verdict === 'wrong' && comment.closest('label').classList.contains('visually-hidden')) {
      comment.closest('label').classList.remove('visually-hidden');
      comment.placeholder = 'What was wrong? (optional) — press No again to send';
      comment.focus();
      return;
    }
    const body = { verdict };
    if (verdict === 'wrong' && comment.value.trim()) {
      body.comment = comment.value.trim();
    }
    try {
      await request(`/api/answers/${encodeURIComponent(answerId)}/feedback`, { method: 'POST', json: body });
      form.querySelectorAll('button, input').forEach(el => { el.disabled = true; });
      status.textContent = 'Thank you: noted.';
    } catch (err) {
      status.textContent = err.message;
    }
  });
}

/** Draws the chart after the card is in the page (vega-embed needs the container's width). */
export async function drawChart(card, answer) {
  const box = card.querySelector('.chart');
  if (!answer.chart || !answer.chart.vegaLite) {
    box.remove();
    return;
  }
  const spec = displaySpec(answer.chart.type, JSON.parse(answer.chart.vegaLite));
  box.classList.add(answer.chart.type);
  box.setAttribute('aria-label', chartLabel(answer));
  try {
    await window.vegaEmbed(box, spec, { actions: false, renderer: 'svg' });
    // The SVG repeats what the table says; screen readers get the label above instead.
    const svg = box.querySelector('svg');
    if (svg) {
      svg.setAttribute('aria-hidden', 'true');
    }
  } catch (e) {
    box.textContent = `The chart could not be drawn (${e.message}); the table below has the numbers.`;
    card.querySelector('.table-details')?.setAttribute('open', '');
  }
}

/** The answer's spec sized for the card; the data and encodings stay as the server chose them. */
export function displaySpec(type, spec) {
  const s = { ...spec };
  // The server writes v5 specs; the bundled Vega-Lite 6 reads them as they are, without a version warning.
  delete s.$schema;
  if (type === 'kpi') {
    s.mark = { type: 'text', fontSize: 44, fontWeight: 'bold', align: 'left', baseline: 'middle', x: 0, y: 30, color: '#1d2430' };
    s.width = 'container';
    s.height = 60;
    s.config = { view: { stroke: null } };
  } else {
    if (type === 'line' && typeof s.mark === 'string') {
      // Points make each period visible (and clickable in the tooltip), not just the slope between them.
      s.mark = { type: 'line', point: true };
    }
    const x = s.encoding && s.encoding.x;
    if (x && x.type === 'nominal' && !x.axis) {
      // Category names read better slanted than on end.
      s.encoding = { ...s.encoding, x: { ...x, axis: { labelAngle: -30, labelLimit: 160 } } };
    }
    s.width = 'container';
    s.height = 260;
    s.autosize = { type: 'fit', contains: 'padding' };
  }
  return s;
}

function chartLabel(answer) {
  const n = answer.table ? answer.table.rows.length : 0;
  const kinds = { kpi: 'a single number', bar: `a bar chart of ${n} bars`, line: `a line chart of ${n} points`,
    stacked_bar: 'a stacked bar chart' };
  return `Chart: ${kinds[answer.chart.type] || answer.chart.type}. ${answer.sentence}`;
}

function button(text, cls, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** In a document search's table, the title opens the document whose id is in the "document" column. */
function documentLinks(answer, table, openDocument) {
  const id = table.columns.indexOf('document');
  const title = table.columns.indexOf('title');
  if (!openDocument || answer.kind !== 'document_search' || id < 0) {
    return null;
  }
  return { column: title < 0 ? id : title, open: (row, opener) => openDocument(String(row[id]), opener) };
}

/**
 * A table whose column headers sort it (click or Enter/Space; again to reverse); nulls stay last.
 * link, when given, turns one column's cells into buttons: {column, open(row, button)}.
 */
export function sortableTable({ columns, rows }, link) {
  const table = document.createElement('table');
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every(r => r[i] === null || typeof r[i] === 'number'));
  const thead = table.createTHead().insertRow();
  const tbody = table.createTBody();
  let order = rows.map((_, i) => i);

  const fill = () => {
    tbody.replaceChildren();
    for (const i of order) {
      const tr = tbody.insertRow();
      rows[i].forEach((v, c) => {
        const td = tr.insertCell();
        const text = v === null ? '—' : numeric[c] ? NUMBER.format(v) : String(v);
        if (link && link.column === c) {
          const b = button(text, 'link', () => link.open(rows[i], b));
          td.append(b);
        } else {
          td.textContent = text;
        }
        if (numeric[c]) {
          td.className = 'num';
        }
      });
    }
  };

  columns.forEach((name, c) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.setAttribute('aria-sort', 'none');
    if (numeric[c]) {
      th.className = 'num';
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = name;
    b.title = `Sort by ${name}`;
    b.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      thead.querySelectorAll('th').forEach(h => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      order = rows.map((_, i) => i).sort((a, b2) => compare(rows[a][c], rows[b2][c], ascending));
      fill();
    });
    th.append(b);
    thead.append(th);
  });
  fill();
  return table;
}

function compare(a, b, ascending) {
  if (a === null || a === undefined) {
    return b === null || b === undefined ? 0 : 1;
  }
  if (b === null || b === undefined) {
    return -1;
  }
  const d = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true });
  return ascending ? d : -d;
}
