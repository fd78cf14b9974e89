/*
 * Figure cards. Without this script every figure is a plain link to its derivation page.
 * With it, a figure's card opens on hover (after a short delay), on keyboard focus and on tap; it
 * stays open while the pointer is on the figure or the card, closes on Escape, on leaving and on a
 * tap elsewhere, and only one is open at a time (WAI-ARIA disclosure, WCAG 2.1 SC 1.4.13).
 */
(function () {
  'use strict';
  var OPEN_DELAY = 120, CLOSE_DELAY = 300, MARGIN = 8;
  var openCard = null, openTrigger = null, openTimer = 0, closeTimer = 0, refocusing = false;
  // Whether the last press (mouse, pen or finger) landed on the open card or its figure. Such a press
  // can take focus from the figure to <body> (a tap on the card's plain text), which is not leaving
  // the card: presses are judged by the pointerdown handler, so blur and focusout leave them alone.
  var pressedInside = false;

  function cardFor(trigger) {
    var id = trigger.getAttribute('data-figure-id');
    return document.querySelector('[data-card-for="' + CSS.escape(id) + '"]');
  }

  function place(card, trigger) {
    var r = trigger.getBoundingClientRect();
    card.style.left = '0px';
    card.style.top = '0px';
    card.style.maxHeight = '';
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    card.style.maxWidth = (vw - 2 * MARGIN) + 'px';
    var below = vh - r.bottom - 6 - MARGIN, above = r.top - 6 - MARGIN;
    var h = card.offsetHeight;
    var top;
    if (h <= below) {
      top = r.bottom + 6;
    } else if (h <= above) {
      top = r.top - 6 - h;
    } else if (below >= above) {
      card.style.maxHeight = below + 'px';  // too tall for either side: scroll inside the card
      top = r.bottom + 6;
    } else {
      card.style.maxHeight = above + 'px';
      top = MARGIN;
    }
    var w = card.offsetWidth;
    var left = Math.min(Math.max(MARGIN, r.left), vw - w - MARGIN);
    card.style.left = Math.max(MARGIN, left) + window.scrollX + 'px';
    card.style.top = top + window.scrollY + 'px';
  }

  function open(trigger) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    var card = cardFor(trigger);
    if (!card) return;
    if (openCard && openCard !== card) close();
    card.hidden = false;
    place(card, trigger);
    trigger.setAttribute('aria-expanded', 'true');
    openCard = card;
    openTrigger = trigger;
  }

  function close() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!openCard) return;
    openCard.hidden = true;
    if (openTrigger) openTrigger.setAttribute('aria-expanded', 'false');
    openCard = null;
    openTrigger = null;
  }

  function scheduleOpen(trigger) {
    clearTimeout(closeTimer);
    clearTimeout(openTimer);
    openTimer = setTimeout(function () { open(trigger); }, OPEN_DELAY);
  }

  function scheduleClose() {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    closeTimer = setTimeout(close, CLOSE_DELAY);
  }

  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

  function focusables(root) {
    return Array.prototype.filter.call(root.querySelectorAll(FOCUSABLE), function (el) { return el.offsetParent !== null; });
  }

  /** The first focusable element after the figure in the page, leaving the cards out. */
  function nextAfter(trigger) {
    var all = Array.prototype.filter.call(document.querySelectorAll(FOCUSABLE), function (el) {
      return !el.closest('[data-card-for]') && el.offsetParent !== null;
    });
    var i = all.indexOf(trigger);
    return i >= 0 ? all[i + 1] : null;
  }

  function initCoverageToggle() {
    var toggle = document.querySelector('[data-coverage-toggle]');
    if (!toggle) return;
    toggle.closest('.coverage-toggle').hidden = false;
    toggle.addEventListener('change', function () {
      document.body.classList.toggle('show-coverage', toggle.checked);
    });
  }

  function initSiToggle() {
    var toggle = document.querySelector('[data-si-toggle]');
    if (!toggle) return;
    toggle.closest('.si-toggle').hidden = false;
    toggle.addEventListener('change', function () {
      document.body.classList.toggle('show-si', toggle.checked);
    });
  }

  /** A paragraph's ¶ link still goes to the paragraph; with JavaScript it also copies the address. */
  function initCopyLinks() {
    var status = document.createElement('p');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    document.body.appendChild(status);
    Array.prototype.forEach.call(document.querySelectorAll('[data-copy-link]'), function (link) {
      link.addEventListener('click', function () {
        if (!navigator.clipboard) return;
        navigator.clipboard.writeText(link.href).then(function () {
          status.textContent = document.documentElement.lang === 'en' ? 'Link copied' : '链接已复制';
          setTimeout(function () { status.textContent = ''; }, 2000);
        }, function () { /* the address bar has the link anyway */ });
      });
    });
  }

  function init() {
    var howto = document.querySelector('[data-howto]');
    if (howto) howto.hidden = false; // the tip about hovering and tapping holds only with this script
    initCoverageToggle();
    initSiToggle();
    initCopyLinks();
    var triggers = document.querySelectorAll('[data-figure-id]');
    Array.prototype.forEach.call(triggers, function (trigger) {
      var card = cardFor(trigger);
      if (!card) return;
      // Move cards to the end of <body> so that absolute positions are page positions.
      if (card.parentNode !== document.body) document.body.appendChild(card);
      trigger.setAttribute('aria-expanded', 'false');
      trigger.setAttribute('aria-controls', card.id);
      trigger.addEventListener('pointerenter', function (e) { if (e.pointerType === 'mouse') scheduleOpen(trigger); });
      trigger.addEventListener('pointerleave', function (e) { if (e.pointerType === 'mouse') scheduleClose(); });
      trigger.addEventListener('focus', function () { if (!refocusing) open(trigger); });
      trigger.addEventListener('blur', function (e) {
        if (openCard && e.relatedTarget && openCard.contains(e.relatedTarget)) return;
        if (pressedInside) return;
        if (openTrigger === trigger) scheduleClose();
      });
      var touchedWhileOpen = null; // null: the last press was not a touch
      trigger.addEventListener('pointerdown', function (e) {
        // Remember, before focus opens the card, whether it was already open.
        touchedWhileOpen = e.pointerType === 'touch' ? openTrigger === trigger : null;
      });
      trigger.addEventListener('click', function (e) {
        // A tap opens the card first; a second tap (or a mouse click) follows the link.
        if (touchedWhileOpen === false) {
          e.preventDefault();
          open(trigger);
        }
        touchedWhileOpen = null;
      });
      trigger.addEventListener('keydown', function (e) {
        // Tab from an open figure moves into its card, so that its links can be reached.
        if (e.key !== 'Tab' || e.shiftKey || openTrigger !== trigger) return;
        var first = focusables(openCard)[0];
        if (first) {
          e.preventDefault();
          first.focus();
        }
      });
    });
    Array.prototype.forEach.call(document.querySelectorAll('[data-card-for]'), function (card) {
      card.addEventListener('pointerenter', function () { clearTimeout(closeTimer); });
      card.addEventListener('pointerleave', function (e) { if (e.pointerType === 'mouse') scheduleClose(); });
      card.addEventListener('keydown', function (e) {
        if (e.key !== 'Tab' || card !== openCard) return;
        var inside = focusables(card);
        var trigger = openTrigger;
        if (e.shiftKey && document.activeElement === inside[0]) {
          // Back from the card's first link to its figure.
          e.preventDefault();
          refocusing = true; trigger.focus(); refocusing = false;
        } else if (!e.shiftKey && document.activeElement === inside[inside.length - 1]) {
          // On from the card's last link to whatever follows the figure in the page.
          e.preventDefault();
          close();
          var next = nextAfter(trigger);
          if (next) next.focus(); else trigger.focus();
        }
      });
      card.addEventListener('focusout', function (e) {
        if (e.relatedTarget && (card.contains(e.relatedTarget) || e.relatedTarget === openTrigger)) return;
        if (pressedInside) return;
        scheduleClose();
      });
    });
    document.addEventListener('keydown', function (e) {
      pressedInside = false;  // focus moved by the keyboard is judged by blur and focusout again
      if (e.key === 'Escape' && openCard) {
        var trigger = openTrigger;
        var focusInCard = openCard.contains(document.activeElement);
        close();
        if (focusInCard && trigger) { refocusing = true; trigger.focus({preventScroll: true}); refocusing = false; }
        if (trigger) trigger.setAttribute('aria-expanded', 'false');
      }
    });
    // The press has done its work once its click (or its cancellation) is over: from then on focus
    // moves (a screen reader's, a script's) are judged by blur and focusout again.
    function pressOver() { setTimeout(function () { pressedInside = false; }, 0); }
    document.addEventListener('click', pressOver, true);
    document.addEventListener('pointercancel', pressOver, true);
    document.addEventListener('pointerdown', function (e) {
      pressedInside = !!openCard && (openCard.contains(e.target) || (openTrigger !== null && openTrigger.contains(e.target)));
      if (!openCard || pressedInside) return;
      close();
    });
    window.addEventListener('resize', function () { if (openCard && openTrigger) place(openCard, openTrigger); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
