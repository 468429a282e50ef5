// The "API Registration" form (/APIUserAccount/VerifyRegOTP) in every markup variant:
//   - "Do you wish to Register your GSTIN for": the title follows the chosen radio, and the
//     company list(s) show. The form's data-lists says how: "one" (Select your GSP: or Select
//     your ERP:, whichever was chosen) or "both" (the GSP and ERP lists side by side).
//   - Submit: the form's data-answer says how the portal answers. "alert-load" and "page": an
//     ordinary form POST (the server's page answers). "dialog" and "alert-fetch": the page posts
//     the form in the background (fetch) and shows the answer in an in-page dialog or alert().
// It finds its elements by the form's name attributes, which are the same in every variant.
(function () {
  'use strict';

  var form = document.getElementById('frmCreateUser');
  if (!form) return;
  var title = document.getElementById('regTitle');
  var lists = form.getAttribute('data-lists');
  var answer = form.getAttribute('data-answer');

  function chosen() {
    var checked = form.querySelector('input[name="RegType"]:checked');
    return checked ? checked.value : '';
  }

  function show(id, visible) {
    var el = document.getElementById(id);
    if (el) el.hidden = !visible;
  }

  function update() {
    var through = chosen();
    var checked = form.querySelector('input[name="RegType"]:checked');
    if (title) title.textContent = 'API Registration' + (checked ? ' ' + checked.getAttribute('data-title') : '');
    if (lists === 'both') {
      show('divLists', through === 'GSP' || through === 'ERP');
    } else {
      show('divGsp', through === 'GSP');
      show('divErp', through === 'ERP');
    }
  }

  form.addEventListener('change', function (event) {
    if (event.target instanceof HTMLInputElement && event.target.name === 'RegType') update();
  });
  update();

  // --- answers after a background post -------------------------------------------------------

  function showDialog(message) {
    var dialog = document.getElementById('answerDialog');
    if (!dialog) return;
    document.getElementById('answerText').textContent = message;
    dialog.hidden = false;
    document.getElementById('btnAnswerOk').focus();
  }

  function showUsers(html) {
    var users = document.getElementById('divApiUsers');
    if (users) users.innerHTML = html;
    show('divRegistration', false);
  }

  if (answer !== 'dialog' && answer !== 'alert-fetch') return;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' },
    })
      .then(function (response) {
        // No session any more: the server sent us to the login page.
        if (response.redirected) {
          window.location.href = response.url;
          return null;
        }
        return response.json();
      })
      .then(function (data) {
        if (!data) return;
        if (answer === 'dialog') showDialog(data.message);
        else window.alert(data.message);
        if (data.ok) showUsers(data.usersHtml);
      })
      .catch(function () {
        var message = 'Something went wrong. Please try again.';
        if (answer === 'dialog') showDialog(message);
        else window.alert(message);
      });
  });
})();
