<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>e - Invoice API Testing System</title>
  <link rel="stylesheet" href="/Content/Site.css">
</head>
<body>
  <!-- Variant "own-page" (Registration.aspx?variant=own-page): after Submit of the OTP the
       browser posts the form and the server redirects here, remembering the verified GSTIN in a
       session cookie. This page imitates a newer, Bootstrap-style markup:
       - rows of <div class="form-group"> with a label column and a field column;
       - "Registration through" radios in a <fieldset><legend>, each wrapped by its <label>;
       - Client ID labelled only by a <div> beside it and placeholder="Client ID";
       - Confirm Password labelled by a <div> beside it and aria-label="Confirm Password";
       - ASP.NET 4 ids (MainContent_...), and the message above the fields.
       The server fills PRACTICE:GSTIN, PRACTICE:MESSAGE and PRACTICE:COMPANY_LISTS
       (variant-pages.mjs); the Create postback comes back here. data-practice roles are for
       registration.js only. -->
  <div class="practice-banner" id="practiceBanner">Practice portal — not the real NIC site</div>
  <div class="header">
    <div class="header-inner">
      <img class="emblem" src="/Content/Images/seal.svg" alt="Government of India">
      <div class="title">
        <span class="t1">GOODS AND SERVICES TAX</span>
        <span class="t2">e - Invoice System</span>
      </div>
      <img class="right-logo" src="/Content/Images/one-nation.svg" alt="One Nation One Tax One Market">
    </div>
  </div>
  <div class="portal-name">e - Invoice API Testing System</div>

  <form id="form1" method="post" action="/einvapiclient/EncDesc/CreateAccount.aspx" autocomplete="off">
    <div class="aspNetHidden">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzE0NjQ1NTI3ZGRPracticeCreateAccount">
    </div>

    <div class="body-content">
      <div class="reg-form bs-form" id="MainContent_divCreate" data-practice="create-section">
        <h2>Create Account</h2>
        <span id="MainContent_lblMsg" class="msg" data-practice="message"><!--PRACTICE:MESSAGE--></span>

        <div class="form-group">
          <label class="control-label" for="MainContent_txtYourGSTIN">Your GSTIN<span class="mandatory">*</span></label>
          <div class="field"><input type="text" name="ctl00$MainContent$txtYourGSTIN" id="MainContent_txtYourGSTIN" class="form-control" readonly="readonly" value="<!--PRACTICE:GSTIN-->" data-practice="your-gstin"></div>
        </div>

        <fieldset class="form-group reg-through" id="MainContent_fsRegThrough" data-practice="reg-through">
          <legend class="control-label">Registration through</legend>
          <div class="field">
            <label class="radio-inline"><input type="radio" name="ctl00$MainContent$rbRegThrough" id="MainContent_rbGSP" value="GSP"> GSP</label>
            <label class="radio-inline"><input type="radio" name="ctl00$MainContent$rbRegThrough" id="MainContent_rbERP" value="ERP"> ERP</label>
          </div>
        </fieldset>

        <div id="MainContent_divCompany" data-practice="company-section" style="display:none">
          <div class="form-group">
            <label class="control-label" for="MainContent_ddlCompany">Company Name<span class="mandatory">*</span></label>
            <div class="field">
              <select name="ctl00$MainContent$ddlCompany" id="MainContent_ddlCompany" class="form-control" data-practice="company">
                <option value="0">--Select--</option>
              </select>
            </div>
          </div>
          <div class="form-group">
            <div class="control-label">Client ID<span class="mandatory">*</span></div>
            <div class="field"><input type="text" name="ctl00$MainContent$txtClientId" id="MainContent_txtClientId" class="form-control" maxlength="30" placeholder="Client ID" data-practice="client-id"></div>
          </div>
          <div class="form-group">
            <label class="control-label" for="MainContent_txtUserName">Enter Username<span class="mandatory">*</span></label>
            <div class="field"><input type="text" name="ctl00$MainContent$txtUserName" id="MainContent_txtUserName" class="form-control" maxlength="30" data-practice="username"></div>
          </div>
          <div class="form-group">
            <label class="control-label" for="MainContent_txtPassword">Enter Password<span class="mandatory">*</span></label>
            <div class="field"><input type="password" name="ctl00$MainContent$txtPassword" id="MainContent_txtPassword" class="form-control" maxlength="30" data-practice="password"></div>
          </div>
          <div class="form-group">
            <div class="control-label">Confirm Password<span class="mandatory">*</span></div>
            <div class="field"><input type="password" name="ctl00$MainContent$txtConfirmPassword" id="MainContent_txtConfirmPassword" class="form-control" maxlength="30" aria-label="Confirm Password" data-practice="confirm"></div>
          </div>
        </div>

        <div class="buttons">
          <input type="submit" name="ctl00$MainContent$btnCreate" value="Create" id="MainContent_btnCreate" class="btn btn-blue aspNetDisabled" disabled="disabled" data-practice="create">
          <input type="button" name="ctl00$MainContent$btnExit" value="Exit" id="MainContent_btnExit" class="btn btn-red" data-practice="exit">
        </div>

        <!-- Company lists for "Registration through", rendered by the server. -->
        <!--PRACTICE:COMPANY_LISTS-->
      </div>
    </div>
  </form>

  <div class="footer">© 2020 - Powered By National Informatics Centre</div>

  <script src="/einvapiclient/EncDesc/registration.js"></script>
</body>
</html>
