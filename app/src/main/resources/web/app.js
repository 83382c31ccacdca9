// Wires the page: the ask box (with autocomplete), the conversation and its session id, the insight feed
// and the documents. Panels whose endpoint the server lacks (404) stay hidden, so the page works on any
// server version that has POST /api/ask.

import { ApiError, query, request, setApiKey } from './api.js';
import { answerCard, drawChart } from './answer.js';
import { InsightFeed } from './insights.js';
import { Documents } from './documents.js';

const SESSION_STORE = 'darkroom.session';
const $ = id => document.getElementById(id);

const form = $('ask-form');
const input = $('question');
const askButton = $('ask-button');
const status = $('status');
const answers = $('answers');
const history = $('history');
let asked = 0;
let busy = false;

function newSessionId() {
  const random = window.crypto && crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
  return `web-${random.replace(/[^a-z0-9]/gi, '').slice(0, 12)}`;
}

function session() {
  let s = sessionStorage.getItem(SESSION_STORE);
  if (!s) {
    s = newSessionId();
    sessionStorage.setItem(SESSION_STORE, s);
  }
  return s;
}

function showSession() {
  $('session-label').textContent = `conversation ${session().slice(4, 10)}`;
}

function startConversation() {
  sessionStorage.setItem(SESSION_STORE, newSessionId());
  answers.replaceChildren();
  history.replaceChildren();
  $('history-empty').hidden = false;
  asked = 0;
  $('examples').hidden = $('example-list').children.length === 0;
  status.textContent = 'New conversation: follow-ups start afresh.';
  showSession();
  input.focus();
}

function unauthorized() {
  $('key-banner').hidden = false;
}

/** Asks a question in this tab's session; fromButton moves focus to the new answer (its button is gone). */
async function ask(question, fromButton) {
  const text = question.trim();
  if (!text || busy) {
    return;
  }
  busy = true;
  askButton.disabled = true;
  answers.setAttribute('aria-busy', 'true');
  status.classList.remove('error');
  status.textContent = `Working on “${text}”…`;
  try {
    const answer = await request('/api/ask', { method: 'POST', json: { question: text, session: session() } });
    if (!answer.question) {
      answer.question = text;
    }
    asked += 1;
    const card = answerCard(answer, asked, q => ask(q, true), documents.available ? (id, opener) => documents.open(id, opener) : null);
    answers.prepend(card);
    // The examples are for a first question; the answer's own follow-ups take over from here.
    $('examples').hidden = true;
    await drawChart(card, answer);
    addToHistory(answer, asked);
    status.textContent = '';
    $('announcer').textContent = `Answer: ${answer.sentence}`;
    if (fromButton) {
      card.focus();
    } else {
      input.value = '';
      input.focus();
    }
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      unauthorized();
    }
    status.classList.add('error');
    status.textContent = e.message;
  } finally {
    busy = false;
    askButton.disabled = false;
    answers.removeAttribute('aria-busy');
  }
}

function addToHistory(answer, index) {
  $('history-empty').hidden = true;
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = `#answer-${index}`;
  a.textContent = answer.question;
  a.addEventListener('click', e => {
    e.preventDefault();
    const card = $(`answer-${index}`);
    card.scrollIntoView({ behavior: 'smooth', block: 'start' });
    card.focus({ preventScroll: true });
  });
  li.append(a);
  history.append(li);
}

// Autocomplete: the catalog's measures, dimensions and values completing the word being typed.
let suggestionsAvailable = true;
let suggestTimer = null;

async function suggest() {
  const value = input.value;
  const word = /(\S+)$/.exec(value);
  if (!suggestionsAvailable || !word) {
    return;
  }
  const before = value.slice(0, value.length - word[1].length);
  try {
    const page = await request(query('/api/suggestions', { prefix: word[1], limit: 8 }));
    const list = $('suggestions');
    list.replaceChildren();
    for (const item of page.items || []) {
      const option = document.createElement('option');
      option.value = before + item.text;
      option.label = item.kind;
      list.append(option);
    }
  } catch (e) {
    suggestionsAvailable = e.status !== 404;
  }
}

async function loadExamples() {
  try {
    const page = await request(query('/api/suggestions', { limit: 8 }));
    const examples = page.examples || [];
    const list = $('example-list');
    list.replaceChildren();
    for (const example of examples.slice(0, 6)) {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.textContent = example;
      b.addEventListener('click', () => ask(example, true));
      li.append(b);
      list.append(li);
    }
    $('examples').hidden = examples.length === 0 || asked > 0;
  } catch (e) {
    suggestionsAvailable = e.status !== 404;
    if (e.status === 401) {
      unauthorized();
    }
  }
}

const documents = new Documents({ onUnauthorized: unauthorized });
const feed = new InsightFeed({
  ask: q => ask(q, true),
  searchDocuments: filter => documents.search(filter),
  onUnauthorized: unauthorized,
});

function loadPanels() {
  // data-panels tells scripts and tests that every optional panel has decided whether to show.
  document.body.dataset.panels = 'loading';
  Promise.allSettled([loadExamples(), feed.load(true), documents.probe()])
    .then(() => { document.body.dataset.panels = 'loaded'; });
}

form.addEventListener('submit', e => {
  e.preventDefault();
  ask(input.value, false);
});
input.addEventListener('input', () => {
  clearTimeout(suggestTimer);
  suggestTimer = setTimeout(suggest, 150);
});
$('new-conversation').addEventListener('click', startConversation);
$('key-form').addEventListener('submit', e => {
  e.preventDefault();
  setApiKey($('api-key').value.trim());
  $('api-key').value = '';
  $('key-banner').hidden = true;
  loadPanels();
  input.focus();
});

showSession();
loadPanels();
// Lets a link or a bookmark ask straight away (/?q=how+many+invoices) or show a document (/?doc=ID).
const params = new URLSearchParams(location.search);
const initial = params.get('q');
if (initial) {
  input.value = initial;
  ask(initial, false);
}
if (params.get('doc')) {
  documents.open(params.get('doc'), input);
}
