<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>e - Invoice API Testing System</title>
  <link rel="stylesheet" href="/Content/Site.css">
</head>
<body>
  <!-- Variant "tables" (Registration.aspx?variant=tables): the same Registration Form as a
       re-generated or older page could show it. What differs from the base page:
       - one layout table; each label is the text of a <td>, with NBSP, trailing spaces, ":" and
         "*": no <label for> anywhere;
       - User Type radios are <span><input type=radio><label>Tax Payer</label></span>: the
         <label>s have no "for" and do not wrap the radio (clicking the text does nothing);
       - framework-made ids and names (txt_gstin_7f3 ...), and no id at all on some controls;
       - <button>s with text instead of <input type=button value=...>;
       - "Registration through" is a <select> (GSP / ERP), while User Type still offers ERP, so
         "ERP" is on the page twice;
       - sections are <tbody>s hidden with the `hidden` attribute;
       - company option texts end in a space, and two look-alike CloudZen names are listed next
         to the real one (practice-portal/sandbox-data.mjs, CLOUDZEN_LOOK_ALIKES).
       data-practice roles are for registration.js only. The server fills PRACTICE:MESSAGE and
       PRACTICE:COMPANY_LISTS (variant-pages.mjs). -->
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

  <form name="aspnetForm" method="post" action="/einvapiclient/EncDesc/Registration.aspx" id="aspnetForm" autocomplete="off">
    <div class="aspNetHidden">
      <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTg5NDQ4MjU3MGRkPracticeTables">
      <input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" data-practice="event-target" value="">
      <input type="hidden" name="hf_utype_7f3" data-practice="hdn-user-type" value="">
      <input type="hidden" name="hf_gstin_7f3" data-practice="hdn-gstin" value="">
      <input type="hidden" name="hf_trdnm_7f3" data-practice="hdn-trade-name" value="">
      <input type="hidden" name="hf_mob_7f3" data-practice="hdn-mobile" value="">
      <input type="hidden" name="hf_eml_7f3" data-practice="hdn-email" value="">
    </div>

    <div class="body-content">
      <div class="reg-form">
        <h2>Registration Form</h2>

        <table class="form-table grid" cellspacing="0" cellpadding="4">
          <tbody>
            <tr>
              <td class="lbl">User Type&nbsp;:&nbsp;</td>
              <td class="rbl" data-practice="user-type">
                <span><input type="radio" name="rb_utype_7f3" value="TP"><label>Tax Payer</label></span>
                <span><input type="radio" name="rb_utype_7f3" value="GSP"><label>GSP</label></span>
                <span><input type="radio" name="rb_utype_7f3" value="ECO"><label>e-Com Op.</label></span>
                <span><input type="radio" name="rb_utype_7f3" value="ERP"><label>ERP</label></span>
              </td>
            </tr>
            <tr>
              <td class="lbl">GSTIN&nbsp;:<span class="mandatory">*</span></td>
              <td><input type="text" name="txt_gstin_7f3" id="txt_gstin_7f3" maxlength="15" class="txt" data-practice="gstin"></td>
            </tr>
            <tr>
              <td class="lbl">Trade Name :<span class="mandatory">*</span> </td>
              <td><input type="text" name="txt_trdnm_7f3" readonly="readonly" class="txt" data-practice="trade-name"></td>
            </tr>
            <tr>
              <td class="lbl">GST Registered Mobile No.&nbsp; :<span class="mandatory">*</span>&nbsp;</td>
              <td><input type="text" name="txt_mob_7f3" maxlength="10" class="txt" data-practice="mobile"></td>
            </tr>
            <tr>
              <td class="lbl">GST Registered e-Mail Id&nbsp;:<span class="mandatory">*</span></td>
              <td><input type="text" name="txt_eml_7f3" id="txt_eml_7f3" maxlength="60" class="txt" data-practice="email"></td>
            </tr>
            <tr>
              <td class="lbl">Captcha&nbsp;:<span class="mandatory">*</span> </td>
              <td><input type="text" name="txt_cpt_7f3" id="txt_cpt_7f3" maxlength="6" class="txt" data-practice="captcha"></td>
            </tr>
            <tr>
              <td class="lbl"></td>
              <td>
                <span class="captcha-wrap">
                  <svg id="img_cpt_7f3" class="captcha" role="img" aria-label="Captcha image" data-practice="captcha-image"></svg>
                  <a class="refresh-captcha" href="#" title="Refresh Captcha" data-practice="captcha-refresh"><img src="/Content/Images/refresh.svg" alt="Refresh Captcha"></a>
                </span>
              </td>
            </tr>
            <tr>
              <td colspan="2" class="buttons">
                <button type="button" id="btn_val_7f3" class="btn btn-blue" data-practice="validate">Validate</button>
                <button type="button" class="btn btn-green aspNetDisabled" disabled="disabled" data-practice="send-otp">Send OTP</button>
                <button type="button" class="btn btn-red" data-practice="exit">Exit</button>
              </td>
            </tr>
            <tr>
              <td colspan="2"><div class="msg" id="dv_msg_7f3" data-practice="message"><!--PRACTICE:MESSAGE--></div></td>
            </tr>
          </tbody>

          <tbody id="tb_otp_7f3" data-practice="otp-section" hidden>
            <tr>
              <td class="lbl">Mobile OTP&nbsp;:&nbsp;<span class="mandatory">*</span> </td>
              <td><input type="text" name="txt_otp_7f3" maxlength="6" class="txt" data-practice="otp"></td>
            </tr>
            <tr>
              <td class="lbl"></td>
              <td><a class="resend" href="#" data-practice="resend-otp">Click Here To Resend OTP</a></td>
            </tr>
            <tr>
              <td colspan="2" class="buttons">
                <button type="button" name="btn_sbmt_7f3" class="btn btn-green" data-practice="submit-otp">Submit</button>
                <button type="button" class="btn btn-red" data-practice="exit">Exit</button>
              </td>
            </tr>
          </tbody>

          <tbody id="tb_crt_7f3" data-practice="create-section" hidden>
            <tr>
              <th colspan="2" class="section-head">Create Account</th>
            </tr>
            <tr>
              <td class="lbl">Your GSTIN&nbsp;:<span class="mandatory">*</span></td>
              <td><input type="text" name="txt_ygstin_7f3" readonly="readonly" maxlength="15" class="txt" data-practice="your-gstin"></td>
            </tr>
            <tr>
              <td class="lbl">Registration through&nbsp;</td>
              <td>
                <select name="ddl_regthr_7f3" id="ddl_regthr_7f3" class="ddl ddl-short" data-practice="reg-through">
                  <option value="">--Select--</option>
                  <option value="GSP">GSP</option>
                  <option value="ERP">ERP</option>
                </select>
              </td>
            </tr>
          </tbody>

          <tbody id="tb_cmp_7f3" data-practice="company-section" hidden>
            <tr>
              <td class="lbl">Company Name&nbsp;:<span class="mandatory">*</span></td>
              <td>
                <select name="ddl_cmp_7f3" id="ddl_cmp_7f3" class="ddl" data-practice="company">
                  <option value="0">--Select--</option>
                </select>
              </td>
            </tr>
            <tr>
              <td class="lbl">Client ID&nbsp;:<span class="mandatory">*</span> </td>
              <td><input type="text" name="txt_cid_7f3" id="txt_cid_7f3" maxlength="30" class="txt" data-practice="client-id"></td>
            </tr>
            <tr>
              <td class="lbl">Enter Username&nbsp;:<span class="mandatory">*</span></td>
              <td><input type="text" name="txt_usr_7f3" maxlength="30" class="txt" data-practice="username"></td>
            </tr>
            <tr>
              <td class="lbl">Enter Password&nbsp;:<span class="mandatory">*</span></td>
              <td><input type="password" name="txt_pwd_7f3" id="txt_pwd_7f3" maxlength="30" class="txt" data-practice="password"></td>
            </tr>
            <tr>
              <td class="lbl">Confirm Password&nbsp;:<span class="mandatory">*</span>&nbsp;</td>
              <td><input type="password" name="txt_cpwd_7f3" maxlength="30" class="txt" data-practice="confirm"></td>
            </tr>
            <tr>
              <td colspan="2" class="buttons">
                <button type="submit" name="btn_crt_7f3" class="btn btn-blue aspNetDisabled" disabled="disabled" data-practice="create">Create</button>
                <button type="button" class="btn btn-red" data-practice="exit">Exit</button>
              </td>
            </tr>
          </tbody>
        </table>

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
