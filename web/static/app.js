/* confsearch pages: the search page (results as you type, facets,
   suggestions, export, quote verification) and, on every page, "copy
   citation". Plain JavaScript, no framework, no build step. The page works
   under the Content-Security-Policy "default-src 'self'": no inline code,
   no inline styles. Every text from the API goes into the page as text;
   the only HTML taken from the API is a hit's highlight, which is rebuilt
   keeping nothing but its text and <mark> elements. */
(function () {
  'use strict';

  var base = document.body.getAttribute('data-base') || '';
  var api = base + '/api/v1';

  // ---- helpers ----

  // el creates an element with attributes and children (strings are text).
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') e.textContent = v;
        else if (k === 'class') e.className = v;
        else if (k === 'hidden') e.hidden = true;
        else e.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === '') return;
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  // highlighted returns the nodes of an API highlight: its text, with the
  // <mark> elements kept and any other markup dropped.
  function highlighted(html) {
    var t = document.createElement('template');
    t.innerHTML = html || '';
    var out = document.createDocumentFragment();
    (function copy(from, to) {
      from.childNodes.forEach(function (n) {
        if (n.nodeType === 3) {
          to.appendChild(document.createTextNode(n.nodeValue));
        } else if (n.nodeType === 1) {
          if (n.nodeName === 'MARK') {
            var m = document.createElement('mark');
            copy(n, m);
            to.appendChild(m);
          } else {
            copy(n, to);
          }
        }
      });
    })(t.content, out);
    return out;
  }

  function announce(msg) {
    var a = document.getElementById('announce');
    if (!a) return;
    a.textContent = '';
    // A fresh text node makes screen readers speak a repeated message.
    window.setTimeout(function () { a.textContent = msg; }, 50);
  }

  function passageURL(id) { return base + '/p/' + encodeURIComponent(id); }
  // linkTo returns an API permalink if it is a web address, else our own.
  function linkTo(h) {
    return /^(https?:\/\/|\/)/.test(h.url || '') ? h.url : passageURL(h.id);
  }
  function speakerURL(id) { return base + '/speakers/' + encodeURIComponent(id); }
  function sessionURL(label) { return base + '/sessions/' + encodeURIComponent(label); }
  function shortSession(label) { var i = label.indexOf(':'); return (i >= 0 ? label.slice(0, i) : label).trim(); }
  function pages(from, to) {
    if (!from) return '';
    return to > from ? 'pp. ' + from + '\u2013' + to : 'p. ' + from;
  }
  var KINDS = { quote: 'Direct quote', statement: 'Reported statement', narrative: 'Report text', resource: 'Resource' };
  function kindLabel(k) { return KINDS[k] || k; }
  function credit(sp) { return sp ? [sp.role, sp.organisation, sp.description].filter(Boolean).join(', ') : ''; }
  // hasMarks says whether a quote's text has its own opening quotation
  // mark; the page adds “ ” only to one that has none.
  function hasMarks(text) { return /^\s*["'\u201C\u2018\u201E\u00AB\u2039]/.test(text || ''); }

  // ---- copy citation ----

  // copyText puts text on the clipboard: the Clipboard API when the page
  // may use it, else a selected textarea and execCommand('copy').
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); });
    }
    return new Promise(function (resolve) { resolve(fallbackCopy(text)); });
  }

  function fallbackCopy(text) {
    var ta = el('textarea', { class: 'offscreen', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
    ta.value = text;
    document.body.appendChild(ta);
    var active = document.activeElement;
    ta.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    ta.remove();
    if (active && active.focus) active.focus();
    if (!ok) throw new Error('copy refused');
  }

  document.addEventListener('click', function (ev) {
    var b = ev.target.closest && ev.target.closest('button[data-copy]');
    if (!b) return;
    var label = b.getAttribute('data-label') || b.textContent;
    b.setAttribute('data-label', label);
    copyText(b.getAttribute('data-copy')).then(function () {
      b.textContent = 'Copied';
      announce('Citation copied to the clipboard.');
    }, function () {
      b.textContent = 'Copy failed';
      announce('The citation could not be copied; select its text and copy it by hand.');
    }).then(function () {
      window.setTimeout(function () { b.textContent = label; }, 2000);
    });
  });

  // Copy buttons need this script, so the server renders them hidden.
  function showCopyButtons(root) {
    root.querySelectorAll('button[data-copy][hidden]').forEach(function (b) { b.hidden = false; });
  }
  showCopyButtons(document);

  // ---- the search page ----

  var form = document.getElementById('search-form');
  if (!form) return;

  var FACETS = ['session', 'speaker', 'topic', 'kind', 'doc'];
  var FACET_NAMES = { session: 'Session', speaker: 'Speaker', topic: 'Topic', kind: 'Kind', doc: 'Report' };
  var PAGE_SIZE = 20;
  var FACET_SHOWN = 6;

  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  var statusEl = document.getElementById('status');
  var hitsEl = document.getElementById('hits');
  var facetsEl = document.getElementById('facets');
  var activeEl = document.getElementById('active-filters');
  var sortEl = document.getElementById('sort');
  var pager = document.getElementById('pager');
  var exportEl = document.getElementById('export');

  // Titles of the documents, from the server-rendered list.
  var docTitles = {};
  document.querySelectorAll('[data-doc]').forEach(function (li) {
    docTitles[li.getAttribute('data-doc')] = li.getAttribute('data-title');
  });
  // Display names of filter values seen in facets (speaker ids → names).
  var labels = { speaker: {}, doc: docTitles, kind: KINDS };
  // Facets whose full list the user asked to see, and the last facets.
  var expanded = {};
  var lastFacets = {};

  var state = readURL();

  // readURL returns the search state in the page's address.
  function readURL() {
    var p = new URLSearchParams(window.location.search);
    var st = { q: p.get('q') || '', filters: {}, page: parseInt(p.get('page'), 10) || 1, sort: p.get('sort') || '' };
    FACETS.forEach(function (f) { st.filters[f] = p.getAll(f).filter(Boolean); });
    return st;
  }

  // params returns the query string of a search state.
  function params(st) {
    var p = new URLSearchParams();
    if (st.q.trim()) p.set('q', st.q.trim());
    FACETS.forEach(function (f) { st.filters[f].forEach(function (v) { p.append(f, v); }); });
    if (st.sort && st.sort !== 'relevance') p.set('sort', st.sort);
    if (st.page > 1) p.set('page', String(st.page));
    return p;
  }

  // writeURL keeps the address in step with the state, so that a search is
  // a link one can share; push makes a new history entry.
  function writeURL(push) {
    var qs = params(state).toString();
    var url = window.location.pathname + (qs ? '?' + qs : '');
    if (url === window.location.pathname + window.location.search) return;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  function hasFilters() {
    return FACETS.some(function (f) { return state.filters[f].length > 0; });
  }

  // ---- running searches ----

  var inflight = null;
  var seq = 0;

  // showError shows why a search failed.
  function showError(message) {
    hitsEl.textContent = '';
    statusEl.textContent = 'The search failed: ' + message;
    statusEl.classList.add('error');
    pager.hidden = true;
  }

  // initial returns the answer to the page's own search, which the server
  // ran and put in the page (the API's JSON), so that loading the page
  // searches once; null when there is none.
  function initial() {
    var holder = document.getElementById('initial-results');
    if (!holder) return null;
    try { return JSON.parse(holder.getAttribute('data-json')); } catch (e) { return null; }
  }

  // typing reports whether the query ends in a word still being typed
  // (no space, quotation mark or punctuation after it): the results then
  // take that word as the start of a longer one (prefix=1), so that
  // "zimmer" finds Zimmerman. The address, exports and feed keep whole
  // words: params() never sends prefix.
  var WORD_END = /[\p{L}\p{N}]$/u;
  function typing(q) { return WORD_END.test(q); }

  function run() {
    var p = params(state);
    p.set('size', String(PAGE_SIZE));
    if (typing(state.q)) p.set('prefix', '1');
    updateExports();
    if (inflight) inflight.abort();
    inflight = window.AbortController ? new AbortController() : null;
    var mine = ++seq;
    hitsEl.setAttribute('aria-busy', 'true');
    fetch(api + '/search?' + p.toString(), { signal: inflight && inflight.signal, headers: { Accept: 'application/json' } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error((body && body.error && body.error.message) || r.statusText);
          return body;
        });
      })
      .then(function (res) {
        if (mine !== seq) return;
        render(res);
      })
      .catch(function (err) {
        if (err.name === 'AbortError' || mine !== seq) return;
        showError(err.message);
      })
      .then(function () { if (mine === seq) hitsEl.removeAttribute('aria-busy'); });
  }

  var timer = 0;
  function runSoon(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, delay);
  }

  // ---- rendering results ----

  function render(res) {
    statusEl.classList.remove('error');
    var q = state.q.trim();
    var n = res.total;
    var what = n === 1 ? '1 passage' : n.toLocaleString('en') + ' passages';
    statusEl.textContent = q ? what + ' match \u201C' + q + '\u201D' : (hasFilters() ? what + ' match the filters' : what + ', in report order');

    hitsEl.textContent = '';
    res.hits.forEach(function (h) { hitsEl.appendChild(el('li', null, [renderHit(h)])); });
    if (!res.hits.length) {
      hitsEl.appendChild(el('li', { class: 'empty' }, [q ? 'Nothing matches. Check the spelling, use fewer words, or clear some filters.' : 'Nothing matches these filters.']));
    }
    lastFacets = res.facets || {};
    renderFacets(lastFacets);
    renderActive();
    renderPager(res.total);
    exportEl.hidden = false;
  }

  // renderHit renders a hit, or a verification match's passage (which has
  // no highlight) after extra; idPrefix keeps the heading ids of the two
  // lists apart.
  function renderHit(h, extra, idPrefix) {
    var sp = h.speaker;
    var headingID = (idPrefix || 'hit-') + h.id;
    var who;
    if (h.resource && h.resource.title) who = h.resource.title;
    else if (sp) who = el('a', { href: speakerURL(sp.id) }, [sp.name]);
    else who = h.section || h.doc_title || 'Report text';

    var text = h.highlight !== undefined ? highlighted(h.highlight) : document.createTextNode(h.text);
    var marks = h.kind === 'quote' && !hasMarks(h.text);
    var body = h.kind === 'quote'
      ? el('blockquote', { class: 'text' }, [el('p', null, [marks ? '\u201C' : null, text, marks ? '\u201D' : null])])
      : el('p', { class: 'text' }, [text]);

    var meta = el('p', { class: 'meta' });
    if (h.session) {
      meta.appendChild(el('a', { href: sessionURL(h.session), title: h.session }, [shortSession(h.session)]));
      meta.appendChild(document.createTextNode(' \u00B7 '));
    }
    meta.appendChild(document.createTextNode(pages(h.page, h.page_end)));
    if (h.doc_title) {
      meta.appendChild(document.createTextNode(' \u00B7 '));
      meta.appendChild(el('span', { class: 'doc' }, [h.doc_title]));
    }

    var url = linkTo(h);
    var actions = el('p', { class: 'actions' }, [
      el('a', { class: 'permalink', href: url }, ['Permalink', el('span', { class: 'visually-hidden' }, [' to this passage' + (sp ? ' by ' + sp.name : '') + ', ' + pages(h.page, h.page_end)])]),
      h.citation ? el('button', { type: 'button', class: 'copy', 'data-copy': h.citations ? h.citations.plain : h.citation }, ['Copy citation']) : null,
      h.citations ? el('button', { type: 'button', class: 'copy secondary', 'data-copy': h.citations.markdown }, ['Copy as Markdown', el('span', { class: 'visually-hidden' }, [' link'])]) : null
    ]);

    return el('article', { class: 'hit kind-' + h.kind, 'aria-labelledby': headingID }, [
      el('header', null, [
        el('h3', { class: 'who', id: headingID }, [who]),
        el('p', { class: 'kind' }, [el('span', { class: 'badge badge-' + h.kind }, [kindLabel(h.kind)])]),
        credit(sp) ? el('p', { class: 'credit' }, [credit(sp)]) : null
      ]),
      extra || null,
      body, meta, actions
    ]);
  }

  function facetLabel(f, v) {
    var l = labels[f] && labels[f][v];
    return l || v;
  }

  function renderFacets(facets) {
    // Keep the keyboard focus on the checkbox the user just toggled.
    var active = document.activeElement;
    var focusKey = active && active.getAttribute && active.getAttribute('data-key');
    var focusAction = active && active.getAttribute && active.getAttribute('data-action');

    facetsEl.textContent = '';
    FACETS.forEach(function (f) {
      var values = facets[f] || [];
      values.forEach(function (fv) { if (fv.label) labels[f][fv.value] = fv.label; });
      if (!values.length && !state.filters[f].length) return;
      var selected = state.filters[f];
      // Selected values missing from the facet still show, with 0.
      selected.forEach(function (v) {
        if (!values.some(function (fv) { return fv.value === v; })) values = values.concat([{ value: v, count: 0 }]);
      });
      var shown = expanded[f] ? values : values.filter(function (fv, i) { return i < FACET_SHOWN || selected.indexOf(fv.value) >= 0; });
      var ul = el('ul');
      shown.forEach(function (fv, i) {
        var id = 'f-' + f + '-' + i;
        var key = f + '\u0000' + fv.value;
        var cb = el('input', { type: 'checkbox', id: id, value: fv.value, 'data-facet': f, 'data-key': key });
        cb.checked = selected.indexOf(fv.value) >= 0;
        ul.appendChild(el('li', null, [cb, el('label', { for: id }, [facetLabel(f, fv.value) + ' ', el('span', { class: 'count' }, ['(' + fv.count + ')'])])]));
      });
      var acts = el('p', { class: 'facet-actions' });
      if (values.length > shown.length || expanded[f] && values.length > FACET_SHOWN) {
        acts.appendChild(el('button', { type: 'button', class: 'link', 'data-action': 'more-' + f, 'data-more': f, 'aria-expanded': expanded[f] ? 'true' : 'false' },
          [expanded[f] ? 'Show fewer' : 'Show all ' + values.length]));
      }
      if (selected.length) {
        acts.appendChild(el('button', { type: 'button', class: 'link', 'data-action': 'clear-' + f, 'data-clear': f }, ['Clear ' + FACET_NAMES[f].toLowerCase()]));
      }
      var fs = el('fieldset', { class: 'facet', 'data-facet': f }, [el('legend', null, [FACET_NAMES[f]]), ul]);
      if (acts.childNodes.length) fs.appendChild(acts);
      facetsEl.appendChild(fs);
    });

    var again = null;
    if (focusKey) {
      facetsEl.querySelectorAll('input[data-key]').forEach(function (c) { if (c.getAttribute('data-key') === focusKey) again = c; });
    } else if (focusAction) {
      again = facetsEl.querySelector('[data-action="' + focusAction + '"]');
    }
    if (again) again.focus();
  }

  function renderActive() {
    activeEl.textContent = '';
    if (!hasFilters()) { activeEl.hidden = true; return; }
    FACETS.forEach(function (f) {
      state.filters[f].forEach(function (v) {
        activeEl.appendChild(el('button', { type: 'button', class: 'chip', 'data-remove': f, 'data-value': v, 'aria-label': 'Remove filter ' + FACET_NAMES[f] + ': ' + facetLabel(f, v) },
          [FACET_NAMES[f] + ': ' + facetLabel(f, v) + ' \u00D7']));
      });
    });
    activeEl.appendChild(el('button', { type: 'button', class: 'link', 'data-clear': '*' }, ['Clear all filters']));
    activeEl.hidden = false;
  }

  function renderPager(total) {
    var last = Math.max(1, Math.ceil(Math.min(total, 10000) / PAGE_SIZE));
    pager.hidden = last <= 1;
    document.getElementById('page-info').textContent = 'Page ' + state.page + ' of ' + last;
    document.getElementById('prev-page').disabled = state.page <= 1;
    document.getElementById('next-page').disabled = state.page >= last;
  }

  function updateExports() {
    var p = params(state);
    p.delete('page');
    var csv = new URLSearchParams(p); csv.set('format', 'csv'); csv.set('size', '100');
    var json = new URLSearchParams(p); json.set('size', '100');
    document.getElementById('export-csv').href = api + '/search?' + csv.toString();
    document.getElementById('export-json').href = api + '/search?' + json.toString();
    var atom = api + '/search.atom' + (p.toString() ? '?' + p.toString() : '');
    document.getElementById('export-atom').href = atom;
    var feed = document.getElementById('feed-link');
    if (feed) feed.href = atom;
  }

  // ---- events: typing, facets, paging ----

  function setFilter(f, v, on) {
    var vals = state.filters[f];
    var i = vals.indexOf(v);
    if (on && i < 0) vals.push(v);
    if (!on && i >= 0) vals.splice(i, 1);
  }

  function changed(push, delay) {
    state.page = 1;
    writeURL(push);
    runSoon(delay || 0);
  }

  input.addEventListener('input', function () {
    state.q = input.value;
    state.page = 1;
    writeURL(false);
    runSoon(250);
    suggestSoon();
  });

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    closeSuggestions();
    state.q = input.value;
    changed(true);
  });

  facetsEl.addEventListener('change', function (ev) {
    var cb = ev.target;
    if (!cb.matches('input[data-facet]')) return;
    setFilter(cb.getAttribute('data-facet'), cb.value, cb.checked);
    changed(true);
  });

  facetsEl.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (!b) return;
    var more = b.getAttribute('data-more');
    if (more) {
      expanded[more] = !expanded[more];
      renderFacets(lastFacets);
      return;
    }
    var clear = b.getAttribute('data-clear');
    if (clear) {
      state.filters[clear] = [];
      changed(true);
      input.focus();
    }
  });

  activeEl.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (!b) return;
    var f = b.getAttribute('data-remove');
    if (f) {
      setFilter(f, b.getAttribute('data-value'), false);
      announce('Filter removed.');
    } else if (b.getAttribute('data-clear') === '*') {
      FACETS.forEach(function (g) { state.filters[g] = []; });
      announce('All filters cleared.');
    }
    changed(true);
    input.focus();
  });

  sortEl.addEventListener('change', function () {
    state.sort = sortEl.value;
    changed(true);
  });

  document.getElementById('prev-page').addEventListener('click', function () { goPage(state.page - 1); });
  document.getElementById('next-page').addEventListener('click', function () { goPage(state.page + 1); });
  function goPage(n) {
    state.page = Math.max(1, n);
    writeURL(true);
    run();
    document.getElementById('results-heading').scrollIntoView();
  }

  window.addEventListener('popstate', function () {
    state = readURL();
    syncForm();
    run();
  });

  function syncForm() {
    if (input.value !== state.q) input.value = state.q;
    sortEl.value = state.sort === 'document' ? 'document' : 'relevance';
  }

  // ---- suggestions (an ARIA combobox) ----

  var suggestions = [];
  var activeSugg = -1;
  var suggTimer = 0;
  var suggSeq = 0;

  function suggestSoon() {
    window.clearTimeout(suggTimer);
    suggTimer = window.setTimeout(suggest, 120);
  }

  function suggest() {
    var q = input.value.trim();
    var mine = ++suggSeq;
    if (q.length < 2) { closeSuggestions(); return; }
    fetch(api + '/suggest?' + new URLSearchParams({ q: q, size: '8' }).toString())
      .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
      .then(function (body) {
        if (mine !== suggSeq || document.activeElement !== input) return;
        showSuggestions(body.suggestions || []);
      })
      .catch(function () { closeSuggestions(); });
  }

  var TYPES = { speaker: 'Speaker', topic: 'Topic', session: 'Session', term: 'Search' };

  function suggestionKey(s) { return s ? s.type + '\u0000' + s.text : ''; }

  function showSuggestions(items) {
    // A newer answer keeps the option the user moved to, if it has it.
    var was = suggestionKey(suggestions[activeSugg]);
    suggestions = items;
    activeSugg = -1;
    list.textContent = '';
    input.removeAttribute('aria-activedescendant');
    if (!items.length) { closeSuggestions(); return; }
    items.forEach(function (s, i) {
      var on = was !== '' && suggestionKey(s) === was;
      if (on) activeSugg = i;
      list.appendChild(el('li', { id: 'sugg-' + i, role: 'option', 'aria-selected': on ? 'true' : 'false', 'data-index': String(i) }, [
        el('span', { class: 'stype' }, [TYPES[s.type] || s.type]), s.text
      ]));
    });
    if (activeSugg >= 0) input.setAttribute('aria-activedescendant', 'sugg-' + activeSugg);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function closeSuggestions() {
    suggSeq++;
    suggestions = [];
    activeSugg = -1;
    list.hidden = true;
    list.textContent = '';
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function moveSuggestion(d) {
    if (!suggestions.length) return;
    // -1 is the text box itself, between the last option and the first.
    var next = activeSugg + d;
    if (next >= suggestions.length) next = -1;
    else if (next < -1) next = suggestions.length - 1;
    activeSugg = next;
    list.querySelectorAll('[role="option"]').forEach(function (o, i) {
      o.setAttribute('aria-selected', i === activeSugg ? 'true' : 'false');
    });
    if (activeSugg >= 0) {
      input.setAttribute('aria-activedescendant', 'sugg-' + activeSugg);
      var o = document.getElementById('sugg-' + activeSugg);
      if (o && o.scrollIntoView) o.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  // pick applies a suggestion: a speaker, topic or session becomes a
  // filter (its name was what was typed, so the box is emptied); a term
  // becomes the query.
  function pick(s) {
    closeSuggestions();
    if (s.type === 'speaker' || s.type === 'topic' || s.type === 'session') {
      var v = s.id || s.text;
      if (s.type === 'speaker') labels.speaker[v] = s.text;
      setFilter(s.type, v, true);
      state.q = '';
      input.value = '';
      announce(TYPES[s.type] + ' filter added: ' + s.text + '.');
    } else {
      state.q = s.text;
      input.value = s.text;
    }
    changed(true);
  }

  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown') {
      if (list.hidden) { suggest(); } else { moveSuggestion(1); }
      ev.preventDefault();
    } else if (ev.key === 'ArrowUp') {
      if (!list.hidden) { moveSuggestion(-1); ev.preventDefault(); }
    } else if (ev.key === 'Enter') {
      if (!list.hidden && activeSugg >= 0) {
        ev.preventDefault();
        pick(suggestions[activeSugg]);
      }
    } else if (ev.key === 'Escape') {
      if (!list.hidden) { closeSuggestions(); ev.preventDefault(); }
    } else if (ev.key === 'Tab') {
      closeSuggestions();
    }
  });

  // mousedown, not click: the input keeps its focus.
  list.addEventListener('mousedown', function (ev) {
    var o = ev.target.closest('[role="option"]');
    if (!o) return;
    ev.preventDefault();
    pick(suggestions[parseInt(o.getAttribute('data-index'), 10)]);
  });

  input.addEventListener('blur', function () { window.setTimeout(closeSuggestions, 100); });

  // ---- verify a quote ----

  var VERDICTS = {
    exact: 'Exact quote',
    altered: 'Altered quote',
    paraphrase: 'Paraphrase',
    'not found': 'Not found'
  };
  var CHANGES = {
    negation: 'a negation added or removed',
    antonym: 'a word replaced by its opposite',
    number: 'a number changed',
    person: 'a person or group changed',
    spelling: 'spelling',
    order: 'word order',
    wording: 'wording'
  };

  // quoted puts words in curly quotation marks.
  function quoted(s) { return '\u201C' + s + '\u201D'; }

  // struck and added mark the quote's words the report does not have and
  // the report's words the quote lacks; the hidden text says so to screen
  // readers, which do not announce <del> and <ins>.
  function struck(s, meaning) {
    return el('del', { class: meaning ? 'meaning' : null }, [el('span', { class: 'visually-hidden' }, ['[your quote: ']), s, el('span', { class: 'visually-hidden' }, ['] '])]);
  }
  function added(s, meaning) {
    return el('ins', { class: meaning ? 'meaning' : null }, [el('span', { class: 'visually-hidden' }, ['[the report: ']), s, el('span', { class: 'visually-hidden' }, ['] '])]);
  }

  // renderAlignment shows the quote as an editor corrects it against the
  // report: the quote's own words struck, the report's inserted.
  function renderAlignment(segs) {
    var p = el('p', { class: 'alignment' });
    segs.forEach(function (s, i) {
      if (i) p.appendChild(document.createTextNode(' '));
      switch (s.op) {
        case 'same': p.appendChild(document.createTextNode(s.passage)); break;
        case 'inserted': p.appendChild(struck(s.quote, s.meaning)); break;
        case 'deleted': p.appendChild(added(s.passage, s.meaning)); break;
        case 'replaced':
          p.appendChild(struck(s.quote, s.meaning));
          p.appendChild(document.createTextNode(' '));
          p.appendChild(added(s.passage, s.meaning));
          break;
        case 'elided':
          if (s.meaning) { // it left out a negation or a number: shown as a replacement
            p.appendChild(struck(s.quote, true));
            p.appendChild(document.createTextNode(' '));
            p.appendChild(added(s.passage, true));
            break;
          }
          p.appendChild(el('span', { class: 'elided', title: 'Left out: ' + s.passage }, [s.quote]));
          break;
        default: // bracketed
          p.appendChild(el('span', { class: 'bracketed', title: s.passage ? 'In place of: ' + s.passage : 'Added by the quote' }, [s.quote]));
      }
    });
    return p;
  }

  function describeDifference(d) {
    var what;
    if (d.op === 'replaced') what = quoted(d.quote) + ' instead of ' + quoted(d.passage);
    else if (d.op === 'inserted') what = quoted(d.quote) + ' added';
    else what = quoted(d.passage) + ' left out';
    var why = CHANGES[d.change] || d.change;
    return el('li', { class: d.meaning ? 'meaning' : null }, d.meaning
      ? [what + ' \u2014 ', el('strong', null, ['may change the meaning']), ' (' + why + ')']
      : [what + (why ? ' (' + why + ')' : '')]);
  }

  // whereSaid says who said the passage, in which session, on which page.
  function whereSaid(p) {
    var where = (p.session ? shortSession(p.session) + ', ' : '') + pages(p.page, p.page_end);
    if (p.speaker) return 'Said by ' + p.speaker.name + (p.speaker.role ? ' (' + p.speaker.role + ')' : '') + ' \u2014 ' + where + '.';
    return 'The report\u2019s own words, credited to no speaker \u2014 ' + where + '.';
  }

  function renderMatch(m) {
    var n = (m.differences || []).length;
    var serious = (m.differences || []).filter(function (d) { return d.meaning; }).length;
    var summary = VERDICTS[m.verdict] || m.verdict;
    if (m.verdict === 'exact') summary += ': every word is in the report';
    else if (m.verdict === 'altered') {
      summary += ': ' + (n === 1 ? '1 difference' : n + ' differences') +
        (serious ? ', ' + (serious === 1 ? '1 that' : serious + ' that') + ' may change the meaning' : '');
    } else if (m.verdict === 'paraphrase') summary += '? Not these words: the passage shares most of the quote\u2019s words in other wording \u2014 read it to judge whether it says the same';
    var parts = [
      el('p', { class: 'verdict verdict-' + m.verdict }, [summary]),
      el('p', { class: 'said' }, [whereSaid(m.passage)])
    ];
    if (m.quoted) parts.push(el('p', { class: 'legend' }, ['Checked the words inside the quotation marks: ' + quoted(m.quoted)]));
    if (m.through) parts.push(el('p', { class: 'legend' }, ['The quote runs on into the next paragraph.']));
    if (m.alignment && m.alignment.length && m.verdict !== 'exact') {
      parts.push(el('p', { class: 'legend' }, ['Your quote against the report: ',
        el('del', null, ['struck']), ' words are your quote\u2019s, ', el('ins', null, ['underlined']), ' words the report\u2019s.']));
      parts.push(renderAlignment(m.alignment));
    }
    if (n) parts.push(el('ul', { class: 'differences' }, m.differences.map(describeDifference)));
    return el('div', { class: 'check' }, parts);
  }

  var vform = document.getElementById('verify-form');
  var vout = document.getElementById('verify-results');
  vform.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var quote = document.getElementById('quote').value.trim();
    if (!quote) return;
    vout.textContent = 'Checking\u2026';
    fetch(api + '/verify?' + new URLSearchParams({ quote: quote, size: 3 }).toString())
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error((body && body.error && body.error.message) || r.statusText);
          return body;
        });
      })
      .then(function (body) {
        vout.textContent = '';
        var ms = body.matches || [];
        if (!ms.length) {
          vout.appendChild(el('p', { class: 'verdict verdict-not-found' }, ['Not found: no passage of the reports matches this quote.']));
          return;
        }
        var ol = el('ol', { class: 'hits' });
        ms.forEach(function (m, i) {
          var p = Object.assign({}, m.passage, { citation: m.citation, url: m.url });
          if (i === 1) ol.appendChild(el('li', { class: 'also' }, [el('p', null, ['Other close passages:'])]));
          ol.appendChild(el('li', null, [renderHit(p, renderMatch(m), 'match-')]));
        });
        vout.appendChild(ol);
      })
      .catch(function (err) {
        vout.textContent = '';
        vout.appendChild(el('p', { class: 'error' }, ['The check failed: ' + err.message]));
      });
  });

  // ---- folding the facets on a narrow screen ----

  var toggle = document.getElementById('facets-toggle');
  var narrow = window.matchMedia('(max-width: 51.99rem)');
  function fold(folded) {
    facetsEl.classList.toggle('folded', folded);
    toggle.setAttribute('aria-expanded', folded ? 'false' : 'true');
    toggle.textContent = folded ? 'Show filters' : 'Hide filters';
  }
  toggle.hidden = false;
  fold(narrow.matches);
  toggle.addEventListener('click', function () {
    fold(toggle.getAttribute('aria-expanded') === 'true');
  });

  // ---- start ----

  syncForm();
  var first = initial();
  if (first && first.hits) {
    if (first.size) PAGE_SIZE = first.size;
    updateExports();
    render(first);
  } else if (first && first.error) {
    updateExports();
    showError(first.error.message);
  } else {
    run();
  }
})();
