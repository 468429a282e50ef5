// Small GSTZen pages in two markup shapes, with the help document's words
// (docs/gstzen-guide.md#gstzen-e-invoicing-pages, #gstzen-login-form): `plain` as in the document's
// screenshots, `framework` with generated ids, a hidden legacy password box and an off-screen
// autofill trap. The practice portal's replica is walked by the browser tests.
export type Shape = 'plain' | 'framework';
export const GSTIN = '29AAFCC9980M1ZR';

const heading = (shape: Shape) =>
  shape === 'plain'
    ? `<h3>CloudZen Software Labs Pvt. Ltd. (KA - ${GSTIN}) <a href="/gstin/${GSTIN}/manage/">Manage</a></h3>`
    : '<h3 class="c-x91">CloudZen Software Labs Pvt. Ltd.</h3>';

export const DASHBOARD = `
  <h1>Your GSTZen Dashboard</h1>
  <table><tr><th>⚙</th><th>GSTIN</th><th>Tax Payer Name</th></tr>
  <tr><td>⚙</td><td><a href="/gstin/${GSTIN}/">${GSTIN}</a></td><td>CLOUDZEN SOFTWARE LABS PVT. LTD.</td></tr>
  <tr><td>⚙</td><td><a href="/gstin/36AAECC5105F1Z3/">36AAECC5105F1Z3</a></td><td>CONNECT RESIDUARY PVT LTD</td></tr></table>`;

export const GSTIN_HOME = (shape: Shape = 'plain') => `
  ${heading(shape)}
  <table><tr><th>Taxpayer Type</th><td>Regular Tax Payer</td></tr></table>
  <ul><li><a href="/gstin/${GSTIN}/products/">Product Codes</a></li>
  <li><a href="/gstin/${GSTIN}/sales/">Sales Register</a></li>
  <li><a href="/gstin/${GSTIN}/purchases/">Purchase Register</a></li>
  <li><a href="/gstin/${GSTIN}/einvoicing/">E-Invoicing</a></li></ul>`;

export const EINVOICING = `
  <p>Home / CloudZen Softw... (KA - ${GSTIN}) / E-Invoicing</p>
  <a href="/gstin/${GSTIN}/einvoicing/excel/">GSTZen Excel</a>
  <a href="/gstin/${GSTIN}/einvoicing/tally-sap/">Tally/SAP Integration</a>
  <a href="/gstin/${GSTIN}/einvoicing/your-excel/">Your Excel</a>`;

export const LOGIN_DETAILS = (clientId = 'ZENTRIAL', username = 'zensand01', message = '') => `
  ${message ? `<p role="status">${message}</p>` : ''}
  <h2>E-Invoice Portal Login Details</h2>
  <table><tr><th>E-Invoice Portal Client ID</th><td>${clientId}</td></tr>
  <tr><th>E-Invoice Portal Username</th><td>${username}</td></tr></table>
  <a href="/gstin/${GSTIN}/einvoicing/login/">Change E-Invoice Portal Login details</a>`;

export const LOGIN_FORM = (shape: Shape = 'plain', environment: string | null = 'Sandbox (testing)', error = '') =>
  shape === 'plain'
    ? `
  ${heading(shape)}
  ${error ? `<div class="alert alert-danger" role="alert">${error}</div>` : ''}
  ${environment ? `<table><tr><th>E-Invoice environment</th><td>${environment}</td></tr></table>` : ''}
  <form method="post">
    <label for="u">E-Invoice API Portal Username<span>*</span></label><input type="text" id="u" name="username">
    <label for="p">E-Invoice API Portal Password<span>*</span></label><input type="password" id="p" name="password">
    <label for="c">E-Invoice Client ID<span>*</span></label><input type="text" id="c" name="client_id">
    <label for="s">E-Invoice Client Secret Key<span>*</span></label><input type="text" id="s" name="client_secret">
    <button type="submit">Login</button>
  </form>`
    : `
  ${heading(shape)}
  ${environment ? `<p><strong>E-Invoice environment:</strong> ${environment}</p>` : ''}
  <form method="post" class="f-7x">
    <div style="position:absolute;left:-10000px"><label for="id_trap">E-Invoice API Portal Username</label><input type="text" id="id_trap" name="trap_username"></div>
    <div class="fg"><label for="id_einv_form-0-api_username">E-Invoice API Portal Username<span class="asteriskField">*</span></label><input type="text" id="id_einv_form-0-api_username"></div>
    <div style="display:none"><label for="id_legacy_pw">E-Invoice API Portal Password</label><input type="password" id="id_legacy_pw" name="password"></div>
    <div class="fg"><label for="id_einv_form-0-api_password">E-Invoice API Portal Password<span class="asteriskField">*</span></label><input type="password" id="id_einv_form-0-api_password"></div>
    <div class="fg"><label for="id_einv_form-0-client_id">E-Invoice Client ID<span class="asteriskField">*</span></label><input type="text" id="id_einv_form-0-client_id"></div>
    <div class="fg"><label for="id_einv_form-0-client_secret">E-Invoice Client Secret Key<span class="asteriskField">*</span></label><input type="text" id="id_einv_form-0-client_secret"></div>
    <button class="btn btn-primary" type="submit">Login</button>
  </form>`;

export const SALES_REGISTER = (count = 12, message = '') => `
  ${message ? `<p role="status">${message}</p>` : ''}
  <h2>Sales Register</h2>
  <form action="/gstin/${GSTIN}/sales/delete/">
  <button type="submit">Delete selected Invoices in page</button> <a href="#">Delete all Filtered Invoices</a>
  <table><tr><th><input type="checkbox" aria-label="Select all invoices in page"></th><th>Type</th><th>Document Number</th></tr>
  <tr><td colspan="3">Total of ${count} records (includes Invoices in all pages)</td></tr>
  ${Array.from({ length: count }, (_, i) => `<tr><td><input type="checkbox" name="invoice" value="${i}"></td><td>INV</td><td>W30/KA/${39741 + i}</td></tr>`).join('')}
  </table></form>`;

export const DELETE_CONFIRM = (count = 12) => `
  <p>Home / GSTZEN DEMO PR... / Sales Invoices / Delete Invoices</p>
  <form method="post"><p>Are you sure you want to delete ${count} Invoices?</p>
  <label><input type="checkbox" name="approve"> Approve</label><small>Check this box to deleted the selected invoices</small>
  <button type="submit">Delete Invoices</button> <a href="/gstin/${GSTIN}/sales/">No, Go Back</a></form>`;

/** Shows `html` as the page at `path`. */
export function load(html: string, path = '/') {
  history.replaceState(null, '', path);
  document.body.innerHTML = html;
}
