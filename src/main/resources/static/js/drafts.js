/*
 * Claim drafts, in editing mode only. Without this script each draft is a <details> after its paragraph.
 * With it, while the coverage highlight is on, an unannotated number is a button (click, Enter or Space)
 * that opens its draft beside it; the draft's button copies the entry (the Clipboard API, or else the
 * text is selected for Ctrl+C); Escape, the close button or a press elsewhere closes it, and focus goes
 * back to the number. Figure cards (cards.js) keep their own hover, focus and Escape handling.
 */
(function () {
  'use strict';
  var MARGIN = 8, GAP = 4;
  var openDraft = null, openTrigger = null;

  function coverageShown() {
    return document.body.classList.contains('show-coverage');
  }

  /** Below the number's line, or above it when there is more room there; inside the viewport. */
  function place(popover, trigger) {
    popover.style.left = '0px';
    popover.style.top = '0px';
    popover.style.maxHeight = '';
    var vw = document.documentElement.clientWidth, vh = window.innerHeight;
    var rects = trigger.getClientRects();
    var first = rects.length ? rects[0] : trigger.getBoundingClientRect();
    var last = rects.length ? rects[rects.length - 1] : first;
    var below = vh - MARGIN - (last.bottom + GAP), above = first.top - GAP - MARGIN;
    var h = popover.offsetHeight, w = popover.offsetWidth;
    var under = h <= below || below >= above;
    var room = Math.max(under ? below : above, 120);
    if (h > room) { popover.style.maxHeight = room + 'px'; h = room; }
    var top = under ? last.bottom + GAP : first.top - GAP - h;
    var left = Math.max(MARGIN, Math.min(first.left, vw - w - MARGIN));
    popover.style.left = left + window.scrollX + 'px';
    popover.style.top = top + window.scrollY + 'px';
  }

  function close(refocus) {
    if (!openDraft) return;
    var trigger = openTrigger;
    openDraft.hidden = true;
    trigger.setAttribute('aria-expanded', 'false');
    openDraft = null;
    openTrigger = null;
    if (refocus) trigger.focus({preventScroll: true});
  }

  function open(trigger) {
    var popover = document.getElementById(trigger.getAttribute('data-draft'));
    if (!popover) return;
    if (openDraft) close(false);
    popover.hidden = false;
    place(popover, trigger);
    trigger.setAttribute('aria-expanded', 'true');
    openDraft = popover;
    openTrigger = trigger;
    popover.querySelector('[data-draft-copy]').focus({preventScroll: true});
  }

  function say(button, key) {
    var status = button.parentNode.querySelector('[data-draft-status]');
    status.textContent = button.getAttribute(key);
  }

  /** Selects the entry for Ctrl+C, and copies it the old way where the browser still allows that. */
  function select(button, code) {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
    say(button, copied ? 'data-copied' : 'data-selected');
  }

  function copy(button) {
    var popover = button.closest('details');
    var code = popover.querySelector('[data-draft-yaml]');
    var text = code.textContent;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { say(button, 'data-copied'); },
          function () { select(button, code); });
    } else {
      select(button, code);
    }
  }

  /** A number is a button only while the highlight shows it: otherwise it is plain text to the keyboard and screen readers too. */
  function setReachable(triggers) {
    var shown = coverageShown();
    if (!shown) close(false);
    triggers.forEach(function (trigger) {
      if (shown) {
        trigger.setAttribute('tabindex', '0');
        trigger.setAttribute('role', 'button');
        trigger.setAttribute('aria-expanded', 'false');
        trigger.setAttribute('aria-controls', trigger.getAttribute('data-draft'));
      } else {
        ['tabindex', 'role', 'aria-expanded', 'aria-controls'].forEach(function (name) { trigger.removeAttribute(name); });
      }
    });
  }

  function init() {
    var drafts = document.querySelectorAll('details.draft');
    Array.prototype.forEach.call(drafts, function (popover) {
      var list = popover.parentNode;
      // Out of its paragraph's list to the end of <body>, so that absolute positions are page positions.
      document.body.appendChild(popover);
      if (list && !list.querySelector('details')) list.hidden = true;
      popover.classList.add('draft-popover');
      popover.open = true;
      popover.hidden = true;
      popover.setAttribute('role', 'dialog');
      popover.setAttribute('aria-label', popover.querySelector('summary').textContent);
      var button = popover.querySelector('[data-draft-copy]');
      button.hidden = false;
      button.addEventListener('click', function () { copy(button); });
      var closer = popover.querySelector('[data-draft-close]');
      closer.hidden = false;
      closer.addEventListener('click', function () { close(true); });
      popover.addEventListener('focusout', function (e) {
        if (popover === openDraft && e.relatedTarget && !popover.contains(e.relatedTarget) && e.relatedTarget !== openTrigger) {
          close(false);
        }
      });
    });
    var triggers = Array.prototype.slice.call(document.querySelectorAll('[data-draft]'));
    triggers.forEach(function (trigger) {
      trigger.addEventListener('click', function () {
        if (!coverageShown()) return;
        if (openTrigger === trigger) close(false); else open(trigger);
      });
      trigger.addEventListener('keydown', function (e) {
        if ((e.key === 'Enter' || e.key === ' ') && coverageShown()) {
          e.preventDefault();
          open(trigger);
        }
      });
    });
    setReachable(triggers);
    var toggle = document.querySelector('[data-coverage-toggle]');
    if (toggle) toggle.addEventListener('change', function () { setReachable(triggers); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && openDraft) close(openDraft.contains(document.activeElement) || document.activeElement === openTrigger);
    });
    document.addEventListener('pointerdown', function (e) {
      if (openDraft && !openDraft.contains(e.target) && !openTrigger.contains(e.target)) close(false);
    });
    window.addEventListener('resize', function () { if (openDraft) place(openDraft, openTrigger); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
