/*
 * What-if on a derivation page. Without this script the form is an ordinary GET form and the
 * server renders the what-if page. With it, the values are sent to POST /api/articles/<slug>/what-if
 * and the page is updated in place; the server's engine does every computation, this script none.
 * The comparison charts are drawn by the server too: their section is taken from the what-if page
 * the server renders for the same values. The address bar keeps the overrides, so the page can be
 * shared or reloaded.
 */
(function () {
  'use strict';
  function init() {
    var form = document.querySelector('form.what-if-form');
    if (!form || !window.fetch) return;
    var error = document.querySelector('.what-if-error');
    var pending = 0;

    /*
     * The values the reader changed: those that differ from what the page was rendered with, and
     * those the page's address already changes (a what-if page renders the reader's values, so they
     * are its "originals" too). The others are the article's, so the address carries only these.
     */
    function overrides() {
      var values = {};
      var inAddress = new URLSearchParams(window.location.search);
      Array.prototype.forEach.call(form.querySelectorAll('input[name]'), function (input) {
        var value = input.value.trim();
        var changed = value !== (input.getAttribute('data-original') || '').trim() || inAddress.has(input.name);
        if (value && changed) values[input.name] = value;
      });
      return values;
    }

    function setText(selector, text) {
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (el) { el.textContent = text; });
    }

    function mark(id, changed) {
      var selector = '[data-value-of="' + CSS.escape(id) + '"], [data-display-of="' + CSS.escape(id) + '"], input[name="'
        + CSS.escape(id) + '"]';
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (el) {
        el.classList.toggle('changed', changed);
      });
    }

    function show(result) {
      result.figures.forEach(function (f) {
        var id = CSS.escape(f.id);
        setText('[data-value-of="' + id + '"]', f.plain);
        setText('[data-display-of="' + id + '"]', f.display);
        setText('[data-si-of="' + id + '"]', f.si);
        mark(f.id, f.changed);
      });
      // Figures these values cannot give (a divisor of 0): no value, and the server's reason.
      var reasons = [];
      (result.notComputable || []).forEach(function (f) {
        var id = CSS.escape(f.id);
        ['[data-value-of="' + id + '"]', '[data-display-of="' + id + '"]', '[data-si-of="' + id + '"]'].forEach(function (s) {
          setText(s, '\u2014');
        });
        mark(f.id, true);
        reasons.push(f.detail);
      });
      if (reasons.length) {
        error.textContent = reasons.join(' ');
        error.hidden = false;
      }
    }

    /* The language switch leads to the same what-if in the other language. */
    function keepLanguageLink(query) {
      var link = document.querySelector('a.lang');
      if (!link) return;
      var target = new URL(link.getAttribute('href'), window.location.href);
      var lang = target.searchParams.get('lang');
      if (!lang) return;
      var params = new URLSearchParams(query);
      params.set('lang', lang);
      link.setAttribute('href', form.getAttribute('action') + '?' + params.toString());
    }

    /*
     * The parts the server draws for the page at this address: the comparison charts, and the
     * figure's badges (a changed value is no longer checked, and the editor's verdict was on the
     * article's value).
     */
    var DRAWN_BY_SERVER = ['section.charts', 'section.value-box .badges'];
    function redrawFromServer(address, ticket) {
      if (!window.DOMParser || !DRAWN_BY_SERVER.some(function (s) { return document.querySelector(s); })) return;
      fetch(address, {headers: {'Accept': 'text/html'}}).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      }).then(function (html) {
        if (ticket !== pending) return;
        var page = new DOMParser().parseFromString(html, 'text/html');
        DRAWN_BY_SERVER.forEach(function (selector) {
          var old = document.querySelector(selector), fresh = page.querySelector(selector);
          if (old && fresh) old.replaceWith(document.importNode(fresh, true));
        });
      }).catch(function () {
        // The numbers are already updated; the bars and badges stay as they were until a reload.
      });
    }

    function recompute() {
      var values = overrides();
      var ticket = ++pending;
      fetch(form.getAttribute('data-what-if-api'), {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
        body: JSON.stringify({overrides: values})
      }).then(function (response) {
        return response.json().then(function (body) { return {ok: response.ok, body: body}; });
      }).then(function (answer) {
        if (ticket !== pending) return; // a newer request is on its way
        if (!answer.ok) {
          error.textContent = answer.body.detail || answer.body.title || '';
          error.hidden = false;
          return;
        }
        error.hidden = true;
        show(answer.body);
        var query = new URLSearchParams(values).toString();
        var address = form.getAttribute('action') + (query ? '?' + query : '');
        history.replaceState(null, '', address);
        keepLanguageLink(query);
        redrawFromServer(address, ticket);
      }).catch(function () {
        form.submit(); // the server renders the what-if page instead
      });
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      recompute();
    });
    var timer = 0;
    form.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(recompute, 400);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
