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
  <div class="menu">
    <ul>
      <li><a href="/">Home</a></li>
      <li class="login"><a class="active" href="/einvapiclient/Login.aspx">Login</a></li>
    </ul>
  </div>

  <form id="form1" method="post" action="/einvapiclient/Login.aspx" autocomplete="off">
    <input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjlkZPracticeLogin">
    <div class="body-content">
      <div class="login-layout">
        <div class="mechanisms">
          <h2 class="page-title">E-Invoice API Access Mechanisms</h2>
          <table class="mechanisms-table">
            <tr>
              <th>Tax Payers with Aggregate Turnover of Company more than Rs. 500 Crores</th>
              <th>Tax Payers with Aggregate Turnover of Company Between Rs. 100 Crores To Rs. 500 Crores</th>
            </tr>
            <tr>
              <td>
                <ul>
                  <li><strong>Direct Access to API to integrate the ERP system of the Company</strong> - This need to whitelist their public IPs. In addition to username and password to each GSTIN (Tax Payer) of the company, the company gets the Client Id and Client Secret to get the access to APIs.</li>
                  <li><strong>Through GSPs</strong> - The GSTIN (Tax Payer) generates its own username and password and ties up with GSPs to get the access to API using the Client Id and Client Secret of the GSPs.</li>
                  <li><strong>Through ERP's</strong> - The GSTIN (Tax Payer) generates its own username and password and ties up with ERP's to get the access to API using the Client Id and Client Secret of the ERP's.</li>
                </ul>
              </td>
              <td>
                <ul>
                  <li><strong>Through 'Companies having direct Access to API'</strong> - If the tax payer has tie up or using the ERP of the Company which has direct access to API, then he/she can use the API through that company. The GSTIN (Tax Payer) generates his own username and password and gets the access to API using the Client Id and Client Secret of the Company, which has access.</li>
                  <li><strong>Tax Payers having access to e-Way Bill APIs</strong> - If the tax payer has direct access to e-Way Bill APIs, then he/she can use the same Client Id, Client Secret, username and password to get the access to e-Invoice system.</li>
                  <li><strong>Through GSPs</strong> - The GSTIN (Tax Payer) generates its own username and password and ties up with GSPs to get the access to API using the Client Id and Client Secret of the GSPs.</li>
                  <li><strong>Through ERP's</strong> - The GSTIN (Tax Payer) generates its own username and password and ties up with ERP's to get the access to API using the Client Id and Client Secret of the ERP's.</li>
                </ul>
              </td>
            </tr>
          </table>
        </div>

        <div class="login-box">
          <h3>Login</h3>
          <table>
            <tr>
              <td><label for="ctl00_ContentPlaceHolder1_txtGSTIN">GSTIN</label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtGSTIN" type="text" maxlength="15" id="ctl00_ContentPlaceHolder1_txtGSTIN" class="txt"></td>
            </tr>
            <tr>
              <td><label for="ctl00_ContentPlaceHolder1_txtClientId">Client ID</label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtClientId" type="text" id="ctl00_ContentPlaceHolder1_txtClientId" class="txt"></td>
            </tr>
            <tr>
              <td><label for="ctl00_ContentPlaceHolder1_txtUserName">User Name</label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtUserName" type="text" id="ctl00_ContentPlaceHolder1_txtUserName" class="txt"></td>
            </tr>
            <tr>
              <td><label for="ctl00_ContentPlaceHolder1_txtPassword">Password</label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtPassword" type="password" id="ctl00_ContentPlaceHolder1_txtPassword" class="txt"></td>
            </tr>
            <tr>
              <td></td>
              <td>
                <span class="captcha-wrap">
                  <svg id="captchaImage" class="captcha" role="img" aria-label="Captcha image"></svg>
                  <a id="ctl00_ContentPlaceHolder1_lnkRefreshCaptcha" class="refresh-captcha" href="#" title="Refresh Captcha"><img src="/Content/Images/refresh.svg" alt="Refresh Captcha"></a>
                </span>
              </td>
            </tr>
            <tr>
              <td><label for="ctl00_ContentPlaceHolder1_txtCaptcha">Captcha</label></td>
              <td><input name="ctl00$ContentPlaceHolder1$txtCaptcha" type="text" maxlength="6" id="ctl00_ContentPlaceHolder1_txtCaptcha" class="txt" placeholder="Enter Captcha"></td>
            </tr>
            <tr>
              <td colspan="2" class="buttons">
                <input type="button" name="ctl00$ContentPlaceHolder1$btnLogin" value="Login" id="ctl00_ContentPlaceHolder1_btnLogin" class="btn btn-blue">
              </td>
            </tr>
            <tr>
              <td colspan="2"><span id="ctl00_ContentPlaceHolder1_lblMsg" class="msg"></span></td>
            </tr>
          </table>
          <div class="login-links">
            <a id="ctl00_ContentPlaceHolder1_lnkRegister" href="/einvapiclient/EncDesc/Registration.aspx">Register here</a>
            <a id="ctl00_ContentPlaceHolder1_lnkForgot" href="#">Forgot Credentials?</a>
          </div>
        </div>
      </div>
    </div>
  </form>

  <div class="footer">© 2020 - Powered By National Informatics Centre</div>
  <script src="/Scripts/practice-captcha.js"></script>
  <script src="/einvapiclient/Scripts/login.js"></script>
</body>
</html>
