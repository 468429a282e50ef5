<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>e - Invoice API Testing System</title>
  <link rel="stylesheet" href="/Content/Site.css">
</head>
<body>
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

  <!-- Not part of the NIC page: where the practice OTP "arrives" (outside the form). -->
  <div id="practicePhone" class="practice-phone" hidden></div>

  <!-- The server renders this file on GET, and again (initial state, message in lblMsg) after a
       failed Create postback (variant-pages.mjs). Placeholders: PRACTICE:MESSAGE,
       PRACTICE:COMPANY_LISTS; the own-page variant drops the PRACTICE:CREATE-ACCOUNT section and
       the hide-otp and own-page variants add data-practice-* attributes to the form. The
       data-practice roles are for registration.js only (each variant has its own ids). -->
  <form id="form1" method="post" action="/einvapiclient/EncDesc/Registration.aspx" autocomplete="off">
    <div class="aspNetHidden">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAgIBD2QWAgIBDxYCHgRUZXh0ZWRkPractice">
      <input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="7A1D4A0C">
      <input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" data-practice="event-target" value="">
    </div>
    <!-- Filled by Validate, so the Create postback carries what the server needs. -->
    <input type="hidden" name="ctl00$ContentPlaceHolder1$hdnUserType" id="ctl00_ContentPlaceHolder1_hdnUserType" data-practice="hdn-user-type" value="">
    <input type="hidden" name="ctl00$ContentPlaceHolder1$hdnGSTIN" id="ctl00_ContentPlaceHolder1_hdnGSTIN" data-practice="hdn-gstin" value="">
    <input type="hidden" name="ctl00$ContentPlaceHolder1$hdnTradeName" id="ctl00_ContentPlaceHolder1_hdnTradeName" data-practice="hdn-trade-name" value="">
    <input type="hidden" name="ctl00$ContentPlaceHolder1$hdnMobile" id="ctl00_ContentPlaceHolder1_hdnMobile" data-practice="hdn-mobile" value="">
    <input type="hidden" name="ctl00$ContentPlaceHolder1$hdnEmail" id="ctl00_ContentPlaceHolder1_hdnEmail" data-practice="hdn-email" value="">

    <div class="body-content">
      <div class="reg-form">
        <h2>Registration Form</h2>

        <table class="form-table">
          <tr>
            <td class="lbl">User Type :</td>
            <td>
              <table id="ctl00_ContentPlaceHolder1_rblUserType" data-practice="user-type" class="radio-list">
                <tr>
                  <td><input id="ctl00_ContentPlaceHolder1_rblUserType_0" type="radio" name="ctl00$ContentPlaceHolder1$rblUserType" value="TP"><label for="ctl00_ContentPlaceHolder1_rblUserType_0">Tax Payer</label></td>
                  <td><input id="ctl00_ContentPlaceHolder1_rblUserType_1" type="radio" name="ctl00$ContentPlaceHolder1$rblUserType" value="GSP"><label for="ctl00_ContentPlaceHolder1_rblUserType_1">GSP</label></td>
                  <td><input id="ctl00_ContentPlaceHolder1_rblUserType_2" type="radio" name="ctl00$ContentPlaceHolder1$rblUserType" value="ECO"><label for="ctl00_ContentPlaceHolder1_rblUserType_2">e-Com Op.</label></td>
                  <td><input id="ctl00_ContentPlaceHolder1_rblUserType_3" type="radio" name="ctl00$ContentPlaceHolder1$rblUserType" value="ERP"><label for="ctl00_ContentPlaceHolder1_rblUserType_3">ERP</label></td>
                </tr>
              </table>
            </td>
          </tr>
          <tr>
            <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtGSTIN">GSTIN :<span class="mandatory">*</span></label></td>
            <td><input name="ctl00$ContentPlaceHolder1$txtGSTIN" type="text" maxlength="15" id="ctl00_ContentPlaceHolder1_txtGSTIN" data-practice="gstin" class="txt"></td>
          </tr>
          <tr>
            <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtTradeName">Trade Name :<span class="mandatory">*</span></label></td>
            <td><input name="ctl00$ContentPlaceHolder1$txtTradeName" type="text" readonly="readonly" id="ctl00_ContentPlaceHolder1_txtTradeName" data-practice="trade-name" class="txt"></td>
          </tr>
          <tr>
            <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtMobile">GST Registered Mobile No. :<span class="mandatory">*</span></label></td>
            <td><input name="ctl00$ContentPlaceHolder1$txtMobile" type="text" maxlength="10" id="ctl00_ContentPlaceHolder1_txtMobile" data-practice="mobile" class="txt"></td>
          </tr>
          <tr>
            <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtEmail">GST Registered e-Mail Id :<span class="mandatory">*</span></label></td>
            <td><input name="ctl00$ContentPlaceHolder1$txtEmail" type="text" maxlength="60" id="ctl00_ContentPlaceHolder1_txtEmail" data-practice="email" class="txt"></td>
          </tr>
          <tr>
            <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtCaptcha">Captcha :<span class="mandatory">*</span></label></td>
            <td><input name="ctl00$ContentPlaceHolder1$txtCaptcha" type="text" maxlength="6" id="ctl00_ContentPlaceHolder1_txtCaptcha" data-practice="captcha" class="txt"></td>
          </tr>
          <tr>
            <td class="lbl"></td>
            <td>
              <span class="captcha-wrap">
                <svg id="captchaImage" data-practice="captcha-image" class="captcha" role="img" aria-label="Captcha image"></svg>
                <a id="ctl00_ContentPlaceHolder1_lnkRefreshCaptcha" data-practice="captcha-refresh" class="refresh-captcha" href="#" title="Refresh Captcha"><img src="/Content/Images/refresh.svg" alt="Refresh Captcha"></a>
              </span>
            </td>
          </tr>
          <tr>
            <td colspan="2" class="buttons">
              <input type="button" name="ctl00$ContentPlaceHolder1$btnValidate" value="Validate" id="ctl00_ContentPlaceHolder1_btnValidate" data-practice="validate" class="btn btn-blue">
              <input type="button" name="ctl00$ContentPlaceHolder1$btnSendOTP" value="Send OTP" id="ctl00_ContentPlaceHolder1_btnSendOTP" data-practice="send-otp" class="btn btn-green aspNetDisabled" disabled="disabled">
              <input type="button" name="ctl00$ContentPlaceHolder1$btnExit" value="Exit" id="ctl00_ContentPlaceHolder1_btnExit" data-practice="exit" class="btn btn-red">
            </td>
          </tr>
          <tr>
            <td colspan="2"><span id="ctl00_ContentPlaceHolder1_lblMsg" data-practice="message" class="msg"><!--PRACTICE:MESSAGE--></span></td>
          </tr>
        </table>

        <div id="ctl00_ContentPlaceHolder1_pnlOTP" data-practice="otp-section" style="display:none">
          <table class="form-table">
            <tr>
              <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtOTP">Mobile OTP :<span class="mandatory">*</span></label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtOTP" type="text" maxlength="6" id="ctl00_ContentPlaceHolder1_txtOTP" data-practice="otp" class="txt"></td>
            </tr>
            <tr>
              <td class="lbl"></td>
              <td><a id="ctl00_ContentPlaceHolder1_lnkResendOTP" data-practice="resend-otp" class="resend" href="#">Click Here To Resend OTP</a></td>
            </tr>
            <tr>
              <td colspan="2" class="buttons">
                <input type="button" name="ctl00$ContentPlaceHolder1$btnSubmit" value="Submit" id="ctl00_ContentPlaceHolder1_btnSubmit" data-practice="submit-otp" class="btn btn-green">
                <input type="button" name="ctl00$ContentPlaceHolder1$btnExitOTP" value="Exit" id="ctl00_ContentPlaceHolder1_btnExitOTP" data-practice="exit" class="btn btn-red">
              </td>
            </tr>
          </table>
        </div>

        <!--PRACTICE:CREATE-ACCOUNT-->
        <div id="ctl00_ContentPlaceHolder1_pnlCreate" data-practice="create-section" style="display:none">
          <h3>Create Account</h3>
          <table class="form-table">
            <tr>
              <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtYourGSTIN">Your GSTIN :<span class="mandatory">*</span></label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtYourGSTIN" type="text" readonly="readonly" maxlength="15" id="ctl00_ContentPlaceHolder1_txtYourGSTIN" data-practice="your-gstin" class="txt"></td>
            </tr>
            <tr>
              <td class="lbl">Registration through</td>
              <td>
                <table id="ctl00_ContentPlaceHolder1_rblRegThrough" data-practice="reg-through" class="radio-list">
                  <tr>
                    <td><input id="ctl00_ContentPlaceHolder1_rblRegThrough_0" type="radio" name="ctl00$ContentPlaceHolder1$rblRegThrough" value="GSP"><label for="ctl00_ContentPlaceHolder1_rblRegThrough_0">GSP</label></td>
                    <td><input id="ctl00_ContentPlaceHolder1_rblRegThrough_1" type="radio" name="ctl00$ContentPlaceHolder1$rblRegThrough" value="ERP"><label for="ctl00_ContentPlaceHolder1_rblRegThrough_1">ERP</label></td>
                  </tr>
                </table>
              </td>
            </tr>
          </table>

          <div id="ctl00_ContentPlaceHolder1_pnlCompany" data-practice="company-section" style="display:none">
            <table class="form-table">
              <tr>
                <td class="lbl"><label for="ctl00_ContentPlaceHolder1_ddlCompany">Company Name :<span class="mandatory">*</span></label></td>
                <td>
                  <select name="ctl00$ContentPlaceHolder1$ddlCompany" id="ctl00_ContentPlaceHolder1_ddlCompany" data-practice="company" class="ddl">
                    <option value="0">--Select--</option>
                  </select>
                </td>
              </tr>
              <tr>
                <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtClientId">Client ID :<span class="mandatory">*</span></label></td>
                <td><input name="ctl00$ContentPlaceHolder1$txtClientId" type="text" maxlength="30" id="ctl00_ContentPlaceHolder1_txtClientId" data-practice="client-id" class="txt"></td>
              </tr>
              <tr>
                <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtUserName">Enter Username :<span class="mandatory">*</span></label></td>
                <td><input name="ctl00$ContentPlaceHolder1$txtUserName" type="text" maxlength="30" id="ctl00_ContentPlaceHolder1_txtUserName" data-practice="username" class="txt"></td>
              </tr>
              <tr>
                <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtPassword">Enter Password :<span class="mandatory">*</span></label></td>
                <td><input name="ctl00$ContentPlaceHolder1$txtPassword" type="password" maxlength="30" id="ctl00_ContentPlaceHolder1_txtPassword" data-practice="password" class="txt"></td>
              </tr>
              <tr>
                <td class="lbl"><label for="ctl00_ContentPlaceHolder1_txtConfirmPassword">Confirm Password :<span class="mandatory">*</span></label></td>
                <td><input name="ctl00$ContentPlaceHolder1$txtConfirmPassword" type="password" maxlength="30" id="ctl00_ContentPlaceHolder1_txtConfirmPassword" data-practice="confirm" class="txt"></td>
              </tr>
              <tr>
                <td colspan="2" class="buttons">
                  <input type="submit" name="ctl00$ContentPlaceHolder1$btnCreate" value="Create" id="ctl00_ContentPlaceHolder1_btnCreate" data-practice="create" class="btn btn-blue" disabled="disabled">
                  <input type="button" name="ctl00$ContentPlaceHolder1$btnExitCreate" value="Exit" id="ctl00_ContentPlaceHolder1_btnExitCreate" data-practice="exit" class="btn btn-red">
                </td>
              </tr>
            </table>
          </div>
        </div>
        <!--/PRACTICE:CREATE-ACCOUNT-->

        <!-- Company lists for "Registration through", rendered by the server. -->
        <!--PRACTICE:COMPANY_LISTS-->
      </div>
    </div>
  </form>

  <div class="footer">© 2020 - Powered By National Informatics Centre</div>

  <script src="/Scripts/practice-captcha.js"></script>
  <script src="/einvapiclient/EncDesc/registration.js"></script>
</body>
</html>
