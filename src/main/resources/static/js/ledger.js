/* The ledger table: sort by clicking a column heading, filter by text, check and verdict.
 * Without this script the table is shown in the article's order, complete, and the filters and
 * the hint about sorting stay hidden (they are `hidden` in the markup until this script runs).
 * Values are sorted by their SI unit first (data-sort-unit), then by size within a unit: numbers
 * in different units (8.2% and 6 CNY/min) have no order between them. */
(function () {
  'use strict';
  function init() {
    var table = document.querySelector('.ledger-table');
    var filters = document.querySelector('.ledger-filters');
    if (!table || !filters) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    // Statements (claims that are not numbers) have no automatic check: a check filter hides them.
    var statementRows = Array.prototype.slice.call(document.querySelectorAll('.statements-table tbody tr'));
    var count = filters.querySelector('[data-ledger-count]');
    var countText = count.getAttribute('data-template');
    filters.hidden = false;
    var hint = document.querySelector('[data-ledger-sort-hint]');
    if (hint) hint.hidden = false;
    table.classList.add('sortable');

    /* By SI unit, then by size; a figure without a value (no data-sort-unit: a date, say) sorts
     * after every figure with one, either way. */
    function compareQuantities(a, b, index, ascending) {
      var x = a.cells[index], y = b.cells[index];
      var ux = x.getAttribute('data-sort-unit') || '', uy = y.getAttribute('data-sort-unit') || '';
      if (!ux || !uy) return ux === uy ? 0 : (ux ? -1 : 1);
      var order = ux < uy ? -1 : ux > uy ? 1 : cellValue(a, index, 'number') - cellValue(b, index, 'number');
      return ascending ? order : -order;
    }

    function cellValue(row, index, kind) {
      var cell = row.cells[index];
      var raw = cell.hasAttribute('data-sort-value') ? cell.getAttribute('data-sort-value') : cell.textContent.trim();
      if (kind === 'number') {
        var n = parseFloat(raw);
        return isNaN(n) ? -Infinity : n;
      }
      return raw;
    }

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      var kind = th.getAttribute('data-sort');
      if (!kind) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        rows.sort(function (a, b) {
          if (kind === 'number') return compareQuantities(a, b, index, ascending);
          var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
          var order = kind === 'number' ? x - y : String(x).localeCompare(String(y), document.documentElement.lang);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });

    var text = filters.querySelector('[data-ledger-filter="text"]');
    var check = filters.querySelector('[data-ledger-filter="check"]');
    var verdict = filters.querySelector('[data-ledger-filter="verdict"]');
    function apply() {
      var words = text.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var visible = (!words || row.textContent.toLowerCase().indexOf(words) >= 0)
          && (!check.value || row.getAttribute('data-check') === check.value)
          && (!verdict.value || row.getAttribute('data-verdict') === verdict.value);
        row.hidden = !visible;
        if (visible) shown++;
      });
      statementRows.forEach(function (row) {
        var visible = (!words || row.textContent.toLowerCase().indexOf(words) >= 0)
          && !check.value
          && (!verdict.value || row.getAttribute('data-verdict') === verdict.value);
        row.hidden = !visible;
        if (visible) shown++;
      });
      count.textContent = countText.replace('{0}', shown).replace('{1}', rows.length + statementRows.length);
    }
    [text, check, verdict].forEach(function (control) {
      control.addEventListener('input', apply);
      control.addEventListener('change', apply);
    });
    // A summary's link (ledger#verdict-supported) filters to one verdict; from here on the drop-down
    // does, so the style sheet's filter for pages without this script stands down.
    function fromAddress(changed) {
      var m = /^#verdict-([a-z-]+)$/.exec(location.hash);
      if (m && verdict.querySelector('option[value="' + m[1] + '"]')) verdict.value = m[1];
      else if (changed) verdict.value = '';
      apply();
    }
    document.querySelector('main.ledger').classList.add('scripted');
    window.addEventListener('hashchange', function () { fromAddress(true); });
    fromAddress(false);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
