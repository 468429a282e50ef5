// The Sales Register's page script (no framework): the header checkbox ticks every invoice
// checkbox in the page, and "Show/Hide" opens the Search and Filter panel.
(function () {
  'use strict';

  document.querySelectorAll('input[type=checkbox][data-select-all]').forEach(function (all) {
    var form = all.form || all.closest('form') || document;
    var name = all.getAttribute('data-select-all');
    var rows = function () {
      return Array.prototype.slice.call(form.querySelectorAll('input[type=checkbox][name="' + name + '"]'));
    };
    all.addEventListener('change', function () {
      rows().forEach(function (box) { box.checked = all.checked; });
    });
    form.addEventListener('change', function (event) {
      if (event.target === all || event.target.name !== name) return;
      var boxes = rows();
      var ticked = boxes.filter(function (box) { return box.checked; }).length;
      all.checked = boxes.length > 0 && ticked === boxes.length;
      all.indeterminate = ticked > 0 && ticked < boxes.length;
    });
  });

  var toggle = document.getElementById('gzFilterToggle');
  var panel = document.getElementById('gzFilters');
  if (toggle && panel) {
    toggle.addEventListener('click', function (event) {
      event.preventDefault();
      panel.hidden = !panel.hidden;
      toggle.setAttribute('aria-expanded', String(!panel.hidden));
    });
  }
})();
