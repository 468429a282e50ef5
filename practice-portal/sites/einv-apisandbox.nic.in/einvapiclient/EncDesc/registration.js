// Registration.aspx of the practice portal. Validate, Send OTP and Submit simulate WebForms
// postbacks in the page (about 300 ms each); Create is a real form POST the server answers.
(function () {
  'use strict';
  var P = 'ctl00_ContentPlaceHolder1_';
  var $ = function (name) { return document.getElementById(P + name); };
  var captcha = document.getElementById('captchaImage');
  var phone = document.getElementById('practicePhone');
  var msg = $('lblMsg');

  var TRADE_NAMES = { '29AAFCC9980M1ZR': 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED' };
  var DEFAULT_TRADE_NAME = 'PRACTICE TRADERS PRIVATE LIMITED';

  var validated = false;
  var otp = null;
  var otpVerified = false;

  window.PracticeCaptcha.draw(captcha);

  function setMsg(text, ok) {
    msg.textContent = text;
    msg.className = ok ? 'msg ok' : 'msg';
  }
  function postback(fn) {
    setTimeout(fn, 300);
  }
  function enable(button, on) {
    button.disabled = !on;
    button.classList.toggle('aspNetDisabled', !on);
  }
  function exit() {
    location.href = '/einvapiclient/Login.aspx';
  }
  function newCaptcha() {
    $('txtCaptcha').value = '';
    window.PracticeCaptcha.draw(captcha);
  }
  function checkedRadio(name) {
    return document.querySelector('input[name="ctl00$ContentPlaceHolder1$' + name + '"]:checked');
  }

  // GSTIN shape and check character (python-stdnum's algorithm).
  var CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  function isValidGstin(g) {
    if (!/^[0-9]{2}[A-Z]{3}[PCHFATBLJGKE][A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(g)) return false;
    var state = Number(g.slice(0, 2));
    if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) return false;
    var sum = 0;
    for (var i = 0; i < 14; i++) {
      var p = CHARS.indexOf(g.charAt(i)) * (i % 2 === 0 ? 1 : 2);
      sum += Math.floor(p / 36) + (p % 36);
    }
    return CHARS.charAt((36 - (sum % 36)) % 36) === g.charAt(14);
  }

  function sendOtp() {
    var a = new Uint32Array(1);
    crypto.getRandomValues(a);
    otp = String(a[0] % 1000000).padStart(6, '0');
    phone.setAttribute('data-practice-otp', otp);
    phone.textContent = 'Practice portal — SMS to your mobile: Your OTP for e-Invoice API registration is ' + otp;
    phone.hidden = false;
  }

  // --- Captcha refresh
  $('lnkRefreshCaptcha').addEventListener('click', function (e) {
    e.preventDefault();
    if (!validated) newCaptcha();
  });

  // --- Validate
  $('btnValidate').addEventListener('click', function () {
    if (validated) return;
    setMsg('');
    postback(function () {
      var userType = checkedRadio('rblUserType');
      if (!userType) return setMsg('Please select User Type.');
      if (userType.value !== 'TP') {
        return setMsg('The practice portal replicates the Tax Payer registration only.');
      }
      if ($('txtCaptcha').value.trim() !== captcha.getAttribute('data-practice-code')) {
        setMsg('Invalid Captcha. Please try again.');
        return newCaptcha();
      }
      var gstin = $('txtGSTIN').value.trim().toUpperCase();
      $('txtGSTIN').value = gstin;
      if (!isValidGstin(gstin)) return setMsg('Invalid GSTIN. Please enter a valid GSTIN.');
      var mobile = $('txtMobile').value.trim();
      if (!/^[6-9][0-9]{9}$/.test(mobile)) return setMsg('Please enter valid Mobile No.');
      var email = $('txtEmail').value.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email)) return setMsg('Please enter valid e-Mail Id.');

      validated = true;
      var tradeName = TRADE_NAMES[gstin] || DEFAULT_TRADE_NAME;
      $('txtTradeName').value = tradeName;
      ['txtGSTIN', 'txtMobile', 'txtEmail', 'txtCaptcha'].forEach(function (n) {
        $(n).readOnly = true;
      });
      document.querySelectorAll('#' + P + 'rblUserType input').forEach(function (r) {
        r.disabled = true;
      });
      $('lnkRefreshCaptcha').classList.add('disabled');
      $('hdnUserType').value = userType.value;
      $('hdnGSTIN').value = gstin;
      $('hdnTradeName').value = tradeName;
      $('hdnMobile').value = mobile;
      $('hdnEmail').value = email;
      enable($('btnValidate'), false);
      enable($('btnSendOTP'), true);
      setMsg('Successfully Validated...! Click Send OTP for Create Account.', true);
    });
  });

  // --- Send OTP / resend. Send OTP stays enabled (as in the document's screenshots): a second
  //     click sends a new OTP, like the resend link.
  $('btnSendOTP').addEventListener('click', function () {
    if (!validated || otpVerified) return;
    postback(function () {
      sendOtp();
      $('txtOTP').value = '';
      $('pnlOTP').style.display = '';
      setMsg('OTP has been sent to your GST Registered Mobile No.', true);
      $('txtOTP').focus();
    });
  });
  $('lnkResendOTP').addEventListener('click', function (e) {
    e.preventDefault();
    if (!otp || otpVerified) return;
    postback(function () {
      sendOtp();
      $('txtOTP').value = '';
      setMsg('OTP has been resent to your GST Registered Mobile No.', true);
    });
  });

  // --- Submit OTP
  $('btnSubmit').addEventListener('click', function () {
    if (!otp || otpVerified) return;
    postback(function () {
      if ($('txtOTP').value.trim() !== otp) return setMsg('Invalid OTP. Please enter the correct OTP.');
      otpVerified = true;
      $('txtOTP').readOnly = true;
      enable($('btnSubmit'), false);
      $('txtYourGSTIN').value = $('hdnGSTIN').value;
      $('pnlCreate').style.display = '';
      setMsg('');
      $('pnlCreate').scrollIntoView({ block: 'start' });
    });
  });

  // --- Registration through: fill the company list and show the rest of the form
  document.querySelectorAll('#' + P + 'rblRegThrough input').forEach(function (radio) {
    radio.addEventListener('change', function () {
      var select = $('ddlCompany');
      var list = document.getElementById('practiceCompanies' + radio.value);
      select.length = 1; // keep "--Select--"
      if (list) {
        Array.prototype.forEach.call(list.content.querySelectorAll('option'), function (o) {
          select.appendChild(o.cloneNode(true));
        });
      }
      select.selectedIndex = 0;
      $('txtClientId').value = '';
      $('pnlCompany').style.display = '';
      enable($('btnCreate'), true);
    });
  });

  // Create posts the form only once the OTP is verified (a WebForms postback does the rest).
  document.getElementById('form1').addEventListener('submit', function (e) {
    if (!otpVerified) e.preventDefault();
  });

  ['btnExit', 'btnExitOTP', 'btnExitCreate'].forEach(function (n) {
    $(n).addEventListener('click', exit);
  });
})();
