// Registration.aspx of the practice portal, its variants and the own-page variant's
// CreateAccount.aspx (practice-portal/variant-pages.mjs). Validate, Send OTP and Submit simulate
// WebForms postbacks in the page (about 300 ms each); Create is a real form POST the server answers.
//
// Controls are found by their data-practice role, which only this script reads: every variant
// has ids and names of its own. What a variant does differently is said on its <form>:
//   data-practice-after-otp="hide-otp"  Submit hides the OTP section (the GSTIN section stays)
//   data-practice-after-otp="post"      Submit posts the form; the server answers with the
//                                       Create Account page of its own
//   data-practice-company-delay="400"   the company list arrives that many ms after the
//                                       "Registration through" choice, in a new <select>
//                                       (an UpdatePanel's partial postback)
(function () {
  'use strict';
  var form = document.querySelector('form');
  var phone = document.getElementById('practicePhone');
  var msg = el('message');
  var afterOtp = form.getAttribute('data-practice-after-otp') || 'show-create';
  var companyDelay = Number(form.getAttribute('data-practice-company-delay')) || 0;

  var TRADE_NAMES = { '29AAFCC9980M1ZR': 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED' };
  var DEFAULT_TRADE_NAME = 'PRACTICE TRADERS PRIVATE LIMITED';

  var state = { validated: false, otp: null, otpVerified: false };

  function el(role) {
    return document.querySelector('[data-practice="' + role + '"]');
  }
  function each(role, fn) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-practice="' + role + '"]'), fn);
  }
  function setMsg(text, ok) {
    msg.textContent = text;
    msg.classList.toggle('ok', Boolean(ok));
  }
  function postback(fn) {
    setTimeout(fn, 300);
  }
  function enable(button, on) {
    button.disabled = !on;
    button.classList.toggle('aspNetDisabled', !on);
  }
  function show(section, on) {
    section.hidden = false;
    section.style.display = on ? '' : 'none';
  }
  /** The chosen value of a radio list (a container of radios) or a <select>; null for none. */
  function choice(control) {
    if (control.tagName === 'SELECT') return control.value || null;
    var checked = control.querySelector('input[type=radio]:checked');
    return checked ? checked.value : null;
  }
  /** The practice parameters (variant, cloudzen) to keep on the way back to Login. */
  function practiceQuery() {
    var kept = new URLSearchParams();
    var here = new URLSearchParams(location.search);
    ['variant', 'cloudzen'].forEach(function (name) {
      if (here.get(name)) kept.set(name, here.get(name));
    });
    var query = kept.toString();
    return query ? '?' + query : '';
  }
  function exit() {
    location.href = '/einvapiclient/Login.aspx' + practiceQuery();
  }
  each('exit', function (button) {
    button.addEventListener('click', exit);
  });

  // GSTIN shape and check character (python-stdnum's algorithm).
  var CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  function isValidGstin(g) {
    if (!/^[0-9]{2}[A-Z]{3}[PCHFATBLJGKE][A-Z][0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.test(g)) return false;
    var stateCode = Number(g.slice(0, 2));
    if (!((stateCode >= 1 && stateCode <= 38) || stateCode === 97 || stateCode === 99)) return false;
    var sum = 0;
    for (var i = 0; i < 14; i++) {
      var p = CHARS.indexOf(g.charAt(i)) * (i % 2 === 0 ? 1 : 2);
      sum += Math.floor(p / 36) + (p % 36);
    }
    return CHARS.charAt((36 - (sum % 36)) % 36) === g.charAt(14);
  }

  // ---------------------------------------------------------------------------------------------
  // The Registration Form: User Type, details, captcha, Validate, Send OTP, OTP, Submit.

  function setUpRegistrationForm() {
    var captcha = el('captcha-image');
    window.PracticeCaptcha.draw(captcha);

    function newCaptcha() {
      el('captcha').value = '';
      window.PracticeCaptcha.draw(captcha);
    }
    function setHidden(role, value) {
      var field = el(role);
      if (field) field.value = value;
    }
    function sendOtp() {
      var a = new Uint32Array(1);
      crypto.getRandomValues(a);
      state.otp = String(a[0] % 1000000).padStart(6, '0');
      phone.setAttribute('data-practice-otp', state.otp);
      phone.textContent = 'Practice portal — SMS to your mobile: Your OTP for e-Invoice API registration is ' + state.otp;
      phone.hidden = false;
    }

    el('captcha-refresh').addEventListener('click', function (e) {
      e.preventDefault();
      if (!state.validated) newCaptcha();
    });

    el('validate').addEventListener('click', function () {
      if (state.validated) return;
      setMsg('');
      postback(function () {
        var userType = choice(el('user-type'));
        if (!userType) return setMsg('Please select User Type.');
        if (userType !== 'TP') return setMsg('The practice portal replicates the Tax Payer registration only.');
        if (el('captcha').value.trim() !== captcha.getAttribute('data-practice-code')) {
          setMsg('Invalid Captcha. Please try again.');
          return newCaptcha();
        }
        var gstin = el('gstin').value.trim().toUpperCase();
        el('gstin').value = gstin;
        if (!isValidGstin(gstin)) return setMsg('Invalid GSTIN. Please enter a valid GSTIN.');
        var mobile = el('mobile').value.trim();
        if (!/^[6-9][0-9]{9}$/.test(mobile)) return setMsg('Please enter valid Mobile No.');
        var email = el('email').value.trim();
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(email)) return setMsg('Please enter valid e-Mail Id.');

        state.validated = true;
        var tradeName = TRADE_NAMES[gstin] || DEFAULT_TRADE_NAME;
        el('trade-name').value = tradeName;
        ['gstin', 'mobile', 'email', 'captcha'].forEach(function (role) {
          el(role).readOnly = true;
        });
        el('user-type').querySelectorAll('input').forEach(function (r) {
          r.disabled = true;
        });
        el('captcha-refresh').classList.add('disabled');
        setHidden('hdn-user-type', userType);
        setHidden('hdn-gstin', gstin);
        setHidden('hdn-trade-name', tradeName);
        setHidden('hdn-mobile', mobile);
        setHidden('hdn-email', email);
        enable(el('validate'), false);
        enable(el('send-otp'), true);
        setMsg('Successfully Validated...! Click Send OTP for Create Account.', true);
      });
    });

    // Send OTP stays enabled (as in the document's screenshots): a second click sends a new OTP,
    // like the resend link.
    el('send-otp').addEventListener('click', function () {
      if (!state.validated || state.otpVerified) return;
      postback(function () {
        sendOtp();
        el('otp').value = '';
        show(el('otp-section'), true);
        setMsg('OTP has been sent to your GST Registered Mobile No.', true);
        el('otp').focus();
      });
    });
    el('resend-otp').addEventListener('click', function (e) {
      e.preventDefault();
      if (!state.otp || state.otpVerified) return;
      postback(function () {
        sendOtp();
        el('otp').value = '';
        setMsg('OTP has been resent to your GST Registered Mobile No.', true);
      });
    });

    el('submit-otp').addEventListener('click', function () {
      if (!state.otp || state.otpVerified) return;
      postback(function () {
        if (el('otp').value.trim() !== state.otp) return setMsg('Invalid OTP. Please enter the correct OTP.');
        state.otpVerified = true;
        if (afterOtp === 'post') {
          // The server remembers the verified GSTIN and redirects to CreateAccount.aspx.
          el('event-target').value = el('submit-otp').name;
          return form.submit();
        }
        el('otp').readOnly = true;
        enable(el('submit-otp'), false);
        el('your-gstin').value = el('hdn-gstin').value;
        show(el('create-section'), true);
        if (afterOtp === 'hide-otp') {
          show(el('otp-section'), false);
          setMsg('OTP verified successfully.', true);
        } else {
          setMsg('');
        }
        el('create-section').scrollIntoView({ block: 'start' });
      });
    });

    // Create posts the form only once the OTP is verified (a WebForms postback does the rest).
    form.addEventListener('submit', function (e) {
      if (!state.otpVerified) e.preventDefault();
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Create Account: "Registration through" fills the company list and shows the rest of the form.

  function setUpCreateAccount() {
    var through = el('reg-through');
    var request = 0;

    function fillCompanies(select, kind) {
      var list = document.getElementById('practiceCompanies' + kind);
      select.length = 1; // keep "--Select--"
      if (list) {
        Array.prototype.forEach.call(list.content.querySelectorAll('option'), function (o) {
          select.appendChild(o.cloneNode(true));
        });
      }
      select.selectedIndex = 0;
    }

    function onChoice() {
      var kind = choice(through);
      var mine = ++request;
      var select = el('company');
      el('client-id').value = '';
      show(el('company-section'), Boolean(kind));
      enable(el('create'), Boolean(kind));
      if (!kind) return;
      if (!companyDelay) return fillCompanies(select, kind);
      // A partial postback: the list empties, "Please wait..." shows, and a new <select> with the
      // companies replaces the old one.
      select.length = 1;
      var progress = document.createElement('span');
      progress.className = 'update-progress';
      progress.textContent = 'Please wait...';
      select.insertAdjacentElement('afterend', progress);
      setTimeout(function () {
        progress.remove();
        if (mine !== request) return;
        var fresh = /** @type {HTMLSelectElement} */ (select.cloneNode(true));
        fillCompanies(fresh, kind);
        select.replaceWith(fresh);
      }, companyDelay);
    }

    if (through.tagName === 'SELECT') through.addEventListener('change', onChoice);
    else through.querySelectorAll('input[type=radio]').forEach(function (r) {
      r.addEventListener('change', onChoice);
    });
  }

  if (el('validate')) setUpRegistrationForm();
  if (el('create-section')) setUpCreateAccount();
})();
