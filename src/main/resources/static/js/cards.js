/*
 * Figure cards. Without this script every figure is a plain link to its derivation page.
 * With it, a figure's card opens on hover (after a short delay), on keyboard focus and on tap; it
 * stays open while the pointer is on the figure or the card, closes on Escape, on leaving and on a
 * tap elsewhere, and only one is open at a time (WAI-ARIA disclosure, WCAG 2.1 SC 1.4.13). It opens
 * below or above its figure's line where it hides no figure nearby, so that the next can be hovered.
 */
(function () {
  'use strict';
  var OPEN_DELAY = 120, CLOSE_DELAY = 300, MARGIN = 8;
  var openCard = null, openTrigger = null, openTimer = 0, closeTimer = 0, refocusing = false;
  // Whether the last press (mouse, pen or finger) landed on the open card or its figure. Such a press
  // can take focus from the figure to <body> (a tap on the card's plain text), which is not leaving
  // the card: presses are judged by the pointerdown handler, so blur and focusout leave them alone.
  var pressedInside = false;

  // A figure's mark (data-figure-id) or a statement's words (data-statement-id, its card's data-card-for
  // is "statement:<id>", which no figure id can be); a statement around a figure is several runs, one card.
  var TRIGGERS = '[data-figure-id], [data-statement-id]';

  function cardFor(trigger) {
    var statement = trigger.getAttribute('data-statement-id');
    var id = statement === null ? trigger.getAttribute('data-figure-id') : 'statement:' + statement;
    return document.querySelector('[data-card-for="' + CSS.escape(id) + '"]');
  }

  /*
   * Placement. A card opens below or above the line its figure is on, never over that line, GAP pixels
   * from it (a gap the pointer crosses well within CLOSE_DELAY); it stays inside the viewport and
   * scrolls inside itself when it is taller than the room on either side. Since a card stays open
   * while the pointer is on it, a card over the next figure would keep the reader from reaching that
   * figure: of the places below and above, each slid sideways as far as MIN_OVERLAP pixels of the card
   * still touch the figure, it takes the one that hides the fewest other figures, those on the lines
   * next to the figure's counting most.
   */
  var GAP = 4, MIN_OVERLAP = 16, MIN_ROOM = 96, SHEET_WIDTH = 600;

  /** The figure's line (its lines, when it wraps): its boxes grown to the line's height, in viewport coordinates. */
  function lineOf(trigger) {
    var rects = trigger.getClientRects();
    if (!rects.length) rects = [trigger.getBoundingClientRect()];
    var first = rects[0], last = rects[rects.length - 1];
    var lh = parseFloat(getComputedStyle(trigger).lineHeight);
    if (!(lh > 0)) lh = first.height;
    var mid = function (r) { return (r.top + r.bottom) / 2; };
    return {
      first: first, last: last, height: lh,
      top: Math.min(first.top, mid(first) - lh / 2),
      bottom: Math.max(last.bottom, mid(last) + lh / 2)
    };
  }

  /**
   * The other figures in view, each weighing 100 on the line next to the figure's (or on its own), half
   * as much a line further, and so on: the figures a reader is likeliest to go to next weigh most.
   */
  function obstacles(trigger, line, vh) {
    var out = [];
    Array.prototype.forEach.call(document.querySelectorAll(TRIGGERS), function (f) {
      if (f === trigger || f.closest('[data-card-for]')) return;
      Array.prototype.forEach.call(f.getClientRects(), function (r) {
        if (r.bottom < 0 || r.top > vh || r.width === 0) return;
        var y = (r.top + r.bottom) / 2;
        var dy = y < line.top ? line.top - y : y > line.bottom ? y - line.bottom : 0;
        var lines = Math.max(1, Math.round(dy / line.height + 0.5));
        out.push({left: r.left - 2, right: r.right + 2, top: r.top - 2, bottom: r.bottom + 2, weight: 100 / Math.pow(2, lines - 1)});
      });
    });
    return out;
  }

  function place(card, trigger) {
    card.style.left = '0px';
    card.style.top = '0px';
    card.style.maxHeight = '';
    card.style.width = '';
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    // On a phone there is no room beside a line: the card is a sheet along the bottom (CSS), with a close button.
    var sheet = vw <= SHEET_WIDTH;
    card.classList.toggle('sheet', sheet);
    if (sheet) {
      card.style.maxWidth = '';
      return;
    }
    card.style.maxWidth = (vw - 2 * MARGIN) + 'px';
    var h = card.offsetHeight, w = card.offsetWidth;
    var line = lineOf(trigger);
    var others = obstacles(trigger, line, vh);
    var sides = [
      {above: false, anchor: line.last, room: vh - MARGIN - (line.bottom + GAP)},
      {above: true, anchor: line.first, room: line.top - GAP - MARGIN}
    ].filter(function (side) { return side.room > 0; });  // a side with no room would get a card 0 px high
    // Too tall for either side (a mark mid-window, longer English words): a wider card is shorter, and a
    // card that fits is better than one that scrolls inside.
    var room = Math.max.apply(null, sides.map(function (side) { return side.room; }).concat([0]));
    if (h > room && w < vw - 2 * MARGIN) {
      card.style.width = Math.min(vw - 2 * MARGIN, Math.round(w * 1.6)) + 'px';
      h = card.offsetHeight;
      w = card.offsetWidth;
    }
    if (!sides.length) {
      // A window too short for anything but the line itself: the card covers it, inside the window.
      card.style.maxHeight = Math.max(0, vh - 2 * MARGIN) + 'px';
      card.style.left = Math.max(MARGIN, Math.min(line.first.left, vw - w - MARGIN)) + window.scrollX + 'px';
      card.style.top = MARGIN + window.scrollY + 'px';
      return;
    }
    var best = null;
    sides.forEach(function (side) {
      var height = Math.min(h, side.room);
      var top = side.above ? line.top - GAP - height : line.bottom + GAP;
      var a = side.anchor;
      var overlap = Math.min(MIN_OVERLAP, a.width / 2);
      // Sideways: from the figure's left edge (the usual place), as far as the card still touches the
      // figure's column and stays inside the viewport; and the places just clear of each other figure.
      var lo = Math.max(MARGIN, a.left + overlap - w), hi = Math.min(vw - w - MARGIN, a.right - overlap);
      if (hi < lo) lo = hi = Math.max(MARGIN, Math.min(a.left, vw - w - MARGIN));
      var preferred = Math.min(Math.max(a.left, lo), hi);
      var lefts = [preferred, lo, hi];
      others.forEach(function (o) { lefts.push(o.right + 1, o.left - w - 1); });
      lefts.forEach(function (left) {
        if (left < lo || left > hi) return;
        var covered = 0;
        others.forEach(function (o) {
          if (o.left < left + w && o.right > left && o.top < top + height && o.bottom > top) covered += o.weight;
        });
        // Hiding a figure on the next line costs most; then a card that has to scroll inside (the more
        // of it is cut off, the more), then sliding it sideways, then opening above rather than below.
        // A side with less than MIN_ROOM pixels is taken only when the other is no better.
        var cost = covered
            + (h > side.room ? 30 + 100 * (h - Math.max(side.room, 0)) / h : 0)
            + (side.room < MIN_ROOM ? 1000 : 0)
            + 20 * Math.abs(left - preferred) / w
            + (side.above ? 5 : 0);
        if (!best || cost < best.cost) best = {cost: cost, left: left, top: top, height: height, clipped: h > side.room};
      });
    });
    if (best.clipped) card.style.maxHeight = best.height + 'px';
    card.style.left = best.left + window.scrollX + 'px';
    card.style.top = best.top + window.scrollY + 'px';
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
    var triggers = document.querySelectorAll(TRIGGERS);
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
      var closer = card.querySelector('[data-card-close]');
      if (closer) {
        closer.hidden = false;
        closer.addEventListener('click', function () {
          var trigger = openTrigger;
          close();
          if (trigger) { refocusing = true; trigger.focus({preventScroll: true}); refocusing = false; }
        });
      }
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
