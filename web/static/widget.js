/* confsearch search box for other sites.

   <script src="https://HOST/widget.js" data-endpoint="https://HOST" async></script>
   <confsearch-box><a href="https://HOST/">Search the conference report</a></confsearch-box>

   Attributes of <confsearch-box>: session, speaker (an id), topic (search
   only those), size (results shown, 1-20, default 5), target (where result
   links open: _blank, the default, _self or _top), placeholder, endpoint
   (overrides the script's data-endpoint). The box lives in a Shadow DOM
   with its own styles, so the page's CSS does not reach it and its CSS does
   not leak out; until the script upgrades it, the element's own content
   (the fallback link) shows. It makes no request but to HOST's API, and
   none until someone types. No framework, no build step. */
(function () {
  'use strict';
  if (!window.customElements || !window.fetch || !Element.prototype.attachShadow) return;
  if (customElements.get('confsearch-box')) return;

  var script = document.currentScript;
  var scriptEndpoint = '';
  if (script) {
    scriptEndpoint = script.getAttribute('data-endpoint') || '';
    if (!scriptEndpoint && script.src) {
      try { scriptEndpoint = new URL(script.src, location.href).origin; } catch (e) { /* keep '' */ }
    }
  }

  var CSS = [
    ':host{all:initial;display:block;contain:content;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1c2430;text-align:left;max-width:100%}',
    ':host([hidden]),[hidden]{display:none!important}',
    '*{box-sizing:border-box}',
    '.box{border:1px solid #c9d1db;border-radius:8px;padding:12px;background:#fff;color:#1c2430;' +
      // The partner's rules on the element itself (confsearch-box, *) beat
      // :host; everything inside takes its font from here instead.
      'font:400 15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-style:normal;letter-spacing:normal;word-spacing:normal;text-transform:none;text-indent:0;text-align:left;white-space:normal}',
    'form{margin:0}',
    '.row{display:flex;gap:6px}',
    'input{flex:1;min-width:0;font:inherit;color:#1c2430;background:#fff;border:1px solid #4b5563;border-radius:6px;padding:6px 10px;margin:0}',
    'button{font:inherit;font-weight:600;color:#fff;background:#0b57a4;border:1px solid #0b57a4;border-radius:6px;padding:6px 12px;margin:0;cursor:pointer}',
    'button:hover{background:#084480}',
    ':focus-visible{outline:3px solid #c2410c;outline-offset:2px}',
    '.vh{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;padding:0}',
    '.scope,.status{margin:6px 0 0;font-size:13px;color:#4b5563}',
    'ol{list-style:none;margin:8px 0 0;padding:0}',
    'li{padding:8px 0;border-top:1px solid #e3e8ee}',
    'a{color:#0b57a4;text-underline-offset:.15em}',
    'a:hover{color:#084480}',
    '.t{font-weight:600}',
    '.m{font-size:13px;color:#4b5563;margin:0}',
    '.k{font-weight:700;color:#0a4a8c}',
    '.s{margin:4px 0 0}',
    '.quote .s{font-family:Georgia,"Times New Roman",serif;border-left:3px solid #0b57a4;padding-left:8px}',
        '.statement .s{font-style:italic}',
    'mark{background:#fff0a0;color:#1c2430;padding:0 1px;border-radius:2px}',
    '.more{margin:8px 0 0;font-size:14px}'
  ].join('');

  var sheet = null;
  // style gives root the box's styles: a constructed stylesheet where the
  // browser has them (a page's CSP cannot block it), else a <style>.
  function style(root) {
    try {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      var st = document.createElement('style');
      st.textContent = CSS;
      root.appendChild(st);
    }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  // highlighted returns an API highlight as nodes: its text and its <mark>s,
  // nothing else.
  function highlighted(html) {
    var t = document.createElement('template');
    t.innerHTML = html || '';
    var out = document.createDocumentFragment();
    (function copy(from, to) {
      from.childNodes.forEach(function (n) {
        if (n.nodeType === 3) to.appendChild(document.createTextNode(n.nodeValue));
        else if (n.nodeType === 1) {
          if (n.nodeName === 'MARK') { var m = el('mark'); copy(n, m); to.appendChild(m); } else copy(n, to);
        }
      });
    })(t.content, out);
    return out;
  }

  var KINDS = { quote: 'Direct quote', statement: 'Reported statement', narrative: 'Report text', resource: 'Resource' };
  var TARGETS = ['_blank', '_self', '_top', '_parent'];
  var FILTERS = ['session', 'speaker', 'topic'];

  function pages(a, b) { return !a ? '' : b > a ? 'pp. ' + a + '\u2013' + b : 'p. ' + a; }

  class Box extends HTMLElement {
    static get observedAttributes() { return FILTERS.concat(['size', 'target', 'placeholder', 'endpoint']); }
  }

  Box.prototype.connectedCallback = function () {
    if (this._root) return;
    var root = this._root = this.attachShadow({ mode: 'open' });
    style(root);
    var box = el('div', 'box');
    box.setAttribute('part', 'box');
    var form = el('form');
    form.setAttribute('role', 'search');
    var label = el('label', 'vh', 'Search the conference report');
    label.htmlFor = 'q';
    var input = el('input');
    input.id = 'q';
    input.type = 'search';
    input.autocomplete = 'off';
    var button = el('button', '', 'Search');
    button.type = 'submit';
    var row = el('div', 'row');
    row.append(input, button);
    this._scope = el('p', 'scope');
    form.append(label, row, this._scope);
    this._status = el('p', 'status');
    this._status.setAttribute('role', 'status');
    this._status.setAttribute('aria-live', 'polite');
    this._hits = el('ol');
    this._hits.setAttribute('aria-label', 'Results');
    this._more = el('p', 'more');
    this._moreLink = el('a');
    this._more.appendChild(this._moreLink);
    box.append(form, this._status, this._hits, this._more);
    root.appendChild(box);
    this._input = input;

    var self = this;
    input.addEventListener('input', function () {
      clearTimeout(self._timer);
      self._timer = setTimeout(function () { self.search(); }, 300);
    });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      clearTimeout(self._timer);
      self.search();
    });
    this.update();
  };

  Box.prototype.attributeChangedCallback = function () {
    if (!this._root) return;
    this.update();
    if (this._input.value.trim()) this.search();
  };

  // endpoint returns the site's root URL, without the final slash.
  Box.prototype.endpoint = function () {
    return (this.getAttribute('endpoint') || scriptEndpoint || location.origin).replace(/\/+$/, '');
  };

  Box.prototype.filters = function () {
    var p = new URLSearchParams();
    var self = this;
    FILTERS.forEach(function (f) {
      var v = (self.getAttribute(f) || '').trim();
      if (v) p.set(f, v);
    });
    return p;
  };

  Box.prototype.target = function () {
    var t = (this.getAttribute('target') || '_blank').toLowerCase();
    return TARGETS.indexOf(t) >= 0 ? t : '_blank';
  };

  Box.prototype.link = function (a, href) {
    a.href = href;
    a.target = this.target();
    if (a.target === '_blank') a.rel = 'noopener';
  };

  // update shows the preset filters, the placeholder and the link to the
  // full search.
  Box.prototype.update = function () {
    this._input.placeholder = this.getAttribute('placeholder') || 'Search the conference report';
    var scope = [];
    var self = this;
    FILTERS.forEach(function (f) {
      var v = (self.getAttribute(f) || '').trim();
      if (v) scope.push(f + ': ' + v);
    });
    this._scope.textContent = scope.length ? 'Searching only ' + scope.join(', ') : '';
    this._scope.hidden = !scope.length;
    this.moreLink();
  };

  Box.prototype.moreLink = function (total) {
    var p = this.filters();
    var q = this._input.value.trim();
    if (q) p.set('q', q);
    var qs = p.toString();
    this.link(this._moreLink, this.endpoint() + '/' + (qs ? '?' + qs : ''));
    this._moreLink.textContent = total > 0 ? 'See all ' + total + ' results' : 'Open the full search';
  };

  Box.prototype.size = function () {
    var n = parseInt(this.getAttribute('size'), 10);
    return n >= 1 ? Math.min(n, 20) : 5;
  };

  Box.prototype.search = function () {
    var q = this._input.value.trim();
    var self = this;
    if (this._abort) this._abort.abort();
    this.moreLink();
    if (q.length < 2) {
      this._hits.textContent = '';
      this._status.textContent = '';
      return;
    }
    var p = this.filters();
    p.set('q', q);
    p.set('size', String(this.size()));
    this._abort = window.AbortController ? new AbortController() : null;
    this._status.textContent = 'Searching\u2026';
    fetch(this.endpoint() + '/api/v1/search?' + p.toString(), {
      signal: this._abort && this._abort.signal,
      headers: { Accept: 'application/json' },
      credentials: 'omit'
    })
      .then(function (r) {
        if (!r.ok) throw new Error(r.statusText);
        return r.json();
      })
      .then(function (res) { self.render(res); })
      .catch(function (err) {
        if (err.name === 'AbortError') return;
        self._hits.textContent = '';
        self._status.textContent = 'The search is not available right now.';
      });
  };

  Box.prototype.render = function (res) {
    var self = this;
    var n = res.total || 0;
    this._status.textContent = n === 0 ? 'No passage matches.' : n === 1 ? '1 passage found.' : n + ' passages found.';
    this._hits.textContent = '';
    (res.hits || []).forEach(function (h) {
      var li = el('li', h.kind);
      var sp = h.speaker;
      var a = el('a', 't', sp ? sp.name : (h.resource && h.resource.title) || h.section || h.doc_title || 'Report');
      var u = new URL(h.url || '/p/' + encodeURIComponent(h.id), self.endpoint() + '/');
      if (!/^https?:$/.test(u.protocol)) return;
      self.link(a, u.href);
      var meta = el('p', 'm');
      meta.appendChild(el('span', 'k', KINDS[h.kind] || h.kind));
      var bits = [];
      if (sp) bits.push(sp.organisation || sp.description);
      if (h.session) bits.push(h.session.split(':')[0].trim());
      bits.push(pages(h.page, h.page_end));
      meta.appendChild(document.createTextNode(' \u00B7 ' + bits.filter(Boolean).join(' \u00B7 ')));
      var s = el('p', 's');
      // A quote's marks are drawn once: added only when its text has none.
      var marks = h.kind === 'quote' && !/^\s*["'\u201C\u2018\u201E\u00AB\u2039]/.test(h.text || '');
      if (marks) s.appendChild(document.createTextNode('\u201C'));
      s.appendChild(highlighted(h.highlight));
      if (marks) s.appendChild(document.createTextNode('\u201D'));
      li.append(a, meta, s);
      self._hits.appendChild(li);
    });
    this.moreLink(n);
  };

  customElements.define('confsearch-box', Box);
})();
