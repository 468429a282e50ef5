// The few Bootstrap 3 behaviours the portal's pages use, without Bootstrap:
//   a[data-toggle="collapse"][href="#id"]   opens/closes the menu section #id (class "in")
//   [data-toggle="modal"][data-target="#id"] shows the dialog #id; [data-dismiss="modal"] hides its dialog
//   #lnkMenuToggle                          shows/hides the whole left menu (aria-controls)
(function () {
  'use strict';

  function targetOf(el) {
    var id = (el.getAttribute('data-target') || el.getAttribute('href') || '').replace(/^#/, '');
    return id ? document.getElementById(id) : null;
  }

  document.addEventListener('click', function (event) {
    var el = event.target instanceof Element ? event.target.closest('[data-toggle], [data-dismiss], #lnkMenuToggle') : null;
    if (!el) return;

    if (el.id === 'lnkMenuToggle') {
      event.preventDefault();
      var menu = document.getElementById(el.getAttribute('aria-controls') || '');
      if (!menu) return;
      menu.hidden = !menu.hidden;
      el.setAttribute('aria-expanded', String(!menu.hidden));
      return;
    }

    var toggle = el.getAttribute('data-toggle');
    if (toggle === 'collapse') {
      event.preventDefault();
      var section = targetOf(el);
      if (!section) return;
      var open = !section.classList.contains('in');
      section.classList.toggle('in', open);
      el.setAttribute('aria-expanded', String(open));
    } else if (toggle === 'modal') {
      event.preventDefault();
      var dialog = targetOf(el);
      if (!dialog) return;
      dialog.hidden = false;
      var first = dialog.querySelector('input:not([type=hidden]), button');
      if (first) first.focus();
    } else if (el.getAttribute('data-dismiss') === 'modal') {
      event.preventDefault();
      var modal = el.closest('[role="dialog"]');
      if (modal) modal.hidden = true;
    }
  });
})();
