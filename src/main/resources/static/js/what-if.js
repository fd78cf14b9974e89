/*
 * What-if on a derivation page. Without this script the form is an ordinary GET form and the
 * server renders the what-if page. With it, the page is updated in place as the reader types: the
 * script asks the server for the what-if page at the new address and puts its parts into this
 * one, so the page is always the one a reload of that address gives (values, badges, the tree,
 * the figures that use this one, charts, errors and figures that cannot be computed). Only the
 * fields stay the reader's own: what they typed, and where the caret is; each field takes the
 * server's error for it. The address bar keeps the overrides, so the page can be shared or
 * reloaded. The script computes nothing.
 */
(function () {
  'use strict';
  function init() {
    var form = document.querySelector('form.what-if-form');
    var main = document.querySelector('main');
    if (!form || !main || !window.fetch || !window.DOMParser) return;
    var pending = 0;
    // Says the new value to screen readers once the page has been updated.
    var announcer = document.createElement('p');
    announcer.className = 'visually-hidden';
    announcer.setAttribute('aria-live', 'polite');
    main.appendChild(announcer);

    /*
     * The values the reader changed: those that differ from what the page was rendered with, and
     * those the page's address already changes (a what-if page renders the reader's values, so they
     * are its "originals" too). The others are the article's, so the address carries only these.
     */
    function overrides() {
      var values = new URLSearchParams();
      var inAddress = new URLSearchParams(window.location.search);
      Array.prototype.forEach.call(form.querySelectorAll('input[name]'), function (input) {
        var value = input.value.trim();
        var changed = value !== (input.getAttribute('data-original') || '').trim() || inAddress.has(input.name);
        if (value && changed) values.append(input.name, value);
      });
      return values;
    }

    /* A field keeps the reader's text; its error, its marks and its attributes are the server's. */
    function syncField(live, fresh) {
      var input = live.querySelector('input[name]'), freshInput = fresh.querySelector('input[name]');
      ['aria-invalid', 'aria-describedby', 'class'].forEach(function (name) {
        if (freshInput.hasAttribute(name)) input.setAttribute(name, freshInput.getAttribute(name));
        else input.removeAttribute(name);
      });
      replaceAround(live, input.parentNode === live ? input : ancestorIn(live, input), fresh,
        freshInput.parentNode === fresh ? freshInput : ancestorIn(fresh, freshInput));
    }

    /* The child of {@code parent} that holds {@code node}. */
    function ancestorIn(parent, node) {
      while (node && node.parentNode !== parent) node = node.parentNode;
      return node;
    }

    /*
     * Every child of {@code live} but {@code keep} (and the announcer) becomes the matching fresh
     * one: those before {@code freshKeep} in the fresh parent go before it, the others after.
     */
    function replaceAround(live, keep, fresh, freshKeep) {
      Array.prototype.slice.call(live.childNodes).forEach(function (child) {
        if (child !== keep && child !== announcer) live.removeChild(child);
      });
      var before = true;
      Array.prototype.slice.call(fresh.childNodes).forEach(function (child) {
        if (child === freshKeep) { before = false; return; }
        var copy = document.importNode(child, true);
        if (before) live.insertBefore(copy, keep);
        else if (announcer.parentNode === live) live.insertBefore(copy, announcer);
        else live.appendChild(copy);
      });
    }

    /*
     * The page becomes the server's, around the form, which stays the same element (the field being
     * typed in keeps its focus and caret); false when the server's page has no such form.
     */
    function update(page) {
      var freshMain = page.querySelector('main');
      var freshForm = freshMain && freshMain.querySelector('form.what-if-form');
      if (!freshForm) return false;
      Array.prototype.forEach.call(form.querySelectorAll('input[name]'), function (input) {
        var freshInput = freshForm.querySelector('input[name="' + CSS.escape(input.name) + '"]');
        var field = ancestorIn(form, input), freshField = freshInput && ancestorIn(freshForm, freshInput);
        if (field && freshField && field !== input) syncField(field, freshField);
      });
      // From the form up to main, each level's other children are the server's.
      for (var live = form, fresh = freshForm; live !== main; live = live.parentNode, fresh = fresh.parentNode) {
        if (!fresh.parentNode || (live.parentNode === main) !== (fresh.parentNode === freshMain)) return false;
        replaceAround(live.parentNode, live, fresh.parentNode, fresh);
      }
      var link = document.querySelector('a.lang'), freshLink = page.querySelector('a.lang');
      if (link && freshLink) link.setAttribute('href', freshLink.getAttribute('href'));
      var big = main.querySelector('.value-box .big'), reason = main.querySelector('.value-box .what-if-not-computable');
      announcer.textContent = (big ? big.textContent : '') + (reason ? ' ' + reason.textContent : '');
      return true;
    }

    function recompute() {
      var query = overrides().toString();
      var address = form.getAttribute('action') + (query ? '?' + query : '');
      var ticket = ++pending;
      fetch(address, {headers: {'Accept': 'text/html'}}).then(function (response) {
        var type = response.headers.get('Content-Type') || '';
        if (type.indexOf('text/html') < 0) throw new Error(response.status);
        return response.text();
      }).then(function (html) {
        if (ticket !== pending) return; // a newer request is on its way
        if (!update(new DOMParser().parseFromString(html, 'text/html'))) {
          window.location.assign(address); // the page changed shape: let the server render it whole
          return;
        }
        history.replaceState(null, '', address);
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
