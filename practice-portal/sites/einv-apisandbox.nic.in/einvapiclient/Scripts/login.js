// Login.aspx of the practice portal. Login does not work here: every try answers
// "Invalid login details". Nothing typed leaves the page.
(function () {
  'use strict';
  var P = 'ctl00_ContentPlaceHolder1_';
  var $ = function (name) { return document.getElementById(P + name); };
  var captcha = document.getElementById('captchaImage');
  var msg = $('lblMsg');

  window.PracticeCaptcha.draw(captcha);

  $('lnkRefreshCaptcha').addEventListener('click', function (e) {
    e.preventDefault();
    window.PracticeCaptcha.draw(captcha);
  });

  $('lnkForgot').addEventListener('click', function (e) {
    e.preventDefault();
    msg.textContent = 'Forgot Credentials is not part of the practice portal.';
  });

  $('btnLogin').addEventListener('click', function () {
    msg.textContent = '';
    setTimeout(function () {
      msg.textContent = 'Invalid login details';
      $('txtPassword').value = '';
      $('txtCaptcha').value = '';
      window.PracticeCaptcha.draw(captcha);
    }, 300);
  });
})();
