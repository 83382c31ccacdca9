// Document search (GET /api/documents) and the document view (GET /api/documents/{id}): text with its
// entities highlighted, metadata, parent and attachments, and a link to the original file.

import { apiKey, download, query, request } from './api.js';

export class Documents {
  constructor({ onUnauthorized }) {
    this.onUnauthorized = onUnauthorized;
    this.panel = document.getElementById('search-panel');
    this.form = document.getElementById('search-form');
    this.input = document.getElementById('search-q');
    this.status = document.getElementById('search-status');
    this.results = document.getElementById('search-results');
    this.dialog = document.getElementById('document');
    this.body = document.getElementById('doc-body');
    this.title = document.getElementById('doc-title');
    this.opener = null;
    this.available = false;
    this.form.addEventListener('submit', e => {
      e.preventDefault();
      this.search({ q: this.input.value.trim() });
    });
    document.getElementById('doc-close').addEventListener('click', () => this.dialog.close());
    // Focus goes back to whatever opened the document (dialog's Escape closes it too).
    this.dialog.addEventListener('close', () => this.opener && this.opener.focus());
  }

  /** Shows the search panel when the server has document search (404: an older server, keep it hidden). */
  async probe() {
    try {
      await request(query('/api/documents', { limit: 1 }));
      this.available = true;
      this.panel.hidden = false;
    } catch (e) {
      if (e.status === 401) {
        this.onUnauthorized();
      }
      this.panel.hidden = true;
    }
  }

  async search(filter) {
    this.panel.hidden = false;
    this.input.value = filter.q || '';
    const described = [filter.q && `“${filter.q}”`, filter.type, filter.from && `${filter.from} to ${filter.to}`]
      .filter(Boolean).join(', ');
    this.status.textContent = 'Searching…';
    this.results.replaceChildren();
    let page;
    try {
      page = await request(query('/api/documents', { ...filter, limit: 20 }));
    } catch (e) {
      if (e.status === 401) {
        this.onUnauthorized();
      }
      this.status.textContent = e.status === 404 ? 'This server has no document search yet.' : e.message;
      return;
    }
    const items = page.items || [];
    this.status.textContent = `${page.total ?? items.length} documents${described ? ` for ${described}` : ''}`
      + (items.length < (page.total || 0) ? `; the newest ${items.length} shown.` : '.');
    for (const d of items) {
      const li = document.createElement('li');
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'link';
      open.textContent = d.title || d.path || d.id;
      open.addEventListener('click', () => this.open(d.id, open));
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = [d.type, d.date, d.mime].filter(Boolean).join(' · ');
      li.append(open, meta);
      if (d.snippet) {
        const s = document.createElement('p');
        s.className = 'snippet';
        s.textContent = d.snippet;
        li.append(s);
      }
      this.results.append(li);
    }
    this.panel.scrollIntoView({ block: 'nearest' });
  }

  async open(id, opener) {
    this.opener = opener || document.activeElement;
    let doc;
    try {
      doc = await request(`/api/documents/${encodeURIComponent(id)}`);
    } catch (e) {
      if (e.status === 401) {
        this.onUnauthorized();
      }
      this.status.textContent = e.message;
      this.panel.hidden = false;
      return;
    }
    this.title.textContent = doc.title || doc.path || doc.id;
    this.body.replaceChildren(...this.render(doc));
    if (!this.dialog.open) {
      this.dialog.showModal();
    }
    document.getElementById('doc-close').focus();
  }

  render(doc) {
    const parts = [];
    const meta = document.createElement('dl');
    meta.className = 'doc-meta';
    const email = doc.email || {};
    const rows = [
      ['Type', doc.type], ['Date', doc.date], ['Author', doc.author], ['From', email.from],
      ['To', (email.to || []).join(', ')], ['Subject', email.subject], ['Format', doc.mime], ['Language', doc.language],
      ['Pages', doc.pages], ['Words', doc.wordCount], ['File', doc.path + (doc.embeddedPath ? ` → ${doc.embeddedPath}` : '')],
    ];
    for (const [k, v] of rows) {
      if (v !== null && v !== undefined && v !== '') {
        const dt = document.createElement('dt');
        dt.textContent = k;
        const dd = document.createElement('dd');
        dd.textContent = String(v);
        meta.append(dt, dd);
      }
    }
    parts.push(meta);

    const links = document.createElement('p');
    if (doc.originalAvailable) {
      const a = document.createElement('a');
      const href = `/api/documents/${encodeURIComponent(doc.id)}/original`;
      a.href = href;
      a.textContent = doc.parentId ? 'Download the original (the file it came from)' : 'Download the original';
      a.addEventListener('click', e => {
        // A link cannot send the API key header: fetch it instead when a key is in use.
        if (apiKey()) {
          e.preventDefault();
          download(href).catch(err => { links.append(` ${err.message}`); });
        }
      });
      links.append(a);
    }
    if (doc.parent) {
      links.append(links.childNodes.length ? ' · ' : '', 'Part of ', this.docButton(doc.parent));
    }
    if (links.childNodes.length) {
      parts.push(links);
    }

    if (Array.isArray(doc.attachments) && doc.attachments.length > 0) {
      const h = document.createElement('h3');
      h.className = 'small-heading';
      h.textContent = `Attachments (${doc.attachments.length})`;
      const ul = document.createElement('ul');
      for (const att of doc.attachments) {
        const li = document.createElement('li');
        li.append(this.docButton(att), att.mime ? ` · ${att.mime}` : '');
        ul.append(li);
      }
      parts.push(h, ul);
    }

    const entities = Array.isArray(doc.entities) ? doc.entities : [];
    if (entities.length > 0) {
      const types = [...new Set(entities.map(e => e.type))];
      const legend = document.createElement('p');
      legend.className = 'legend';
      legend.append('Highlighted: ');
      for (const t of types) {
        const m = document.createElement('mark');
        m.className = 'entity';
        m.dataset.type = t;
        m.textContent = `${t.toLowerCase()} (${entities.filter(e => e.type === t).length})`;
        legend.append(m, ' ');
      }
      parts.push(legend);
    }
    const text = document.createElement('div');
    text.className = 'doc-text';
    text.tabIndex = 0;
    text.setAttribute('aria-label', 'Document text');
    text.append(...highlighted(doc.text || '', entities));
    parts.push(text);
    return parts;
  }

  docButton(ref) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = ref.title || ref.embeddedPath || ref.id;
    b.addEventListener('click', () => this.open(ref.id, this.opener));
    return b;
  }
}

/** The text as nodes with each entity in a <mark>; an entity overlapping the previous one is skipped. */
export function highlighted(text, entities) {
  const nodes = [];
  let at = 0;
  const sorted = [...entities].sort((a, b) => a.begin - b.begin);
  for (const e of sorted) {
    if (!(e.begin >= at && e.end > e.begin && e.end <= text.length)) {
      continue;
    }
    if (e.begin > at) {
      nodes.push(document.createTextNode(text.slice(at, e.begin)));
    }
    const m = document.createElement('mark');
    m.className = 'entity';
    m.dataset.type = e.type;
    m.title = e.normalized || e.canonical ? `${e.type}: ${e.normalized || e.canonical}` : e.type;
    m.textContent = text.slice(e.begin, e.end);
    nodes.push(m);
    at = e.end;
  }
  if (at < text.length) {
    nodes.push(document.createTextNode(text.slice(at)));
  }
  return nodes;
}
