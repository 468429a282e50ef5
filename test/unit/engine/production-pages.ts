import { CLOUDZEN_COMPANY } from '@/utils/flows/sandbox';

// Small pages in the shapes the production portal is known to use (docs/portals.md#production-portal);
// the practice portal's replica and its variants are walked by the browser tests.
export const LOGGED_IN_HEADER = '<header><a href="/Home/Logout">Logout</a></header>';
export const MENU = (open: { api?: boolean; creds?: boolean } = {}) => `
  <nav>
    <a href="/Home/MainMenu">Dash Board</a>
    <a class="parentmenu" data-toggle="collapse" href="#apiReg" id="apiRegToggle">API Registration</a>
    <ul id="apiReg" ${open.api ? '' : 'style="display:none"'}>
      <li><a href="/APIUserAccount/IPWhitelisting">IP Whitelisting</a></li>
      <li><a class="parentmenu" data-toggle="collapse" href="#userCreds" id="credsToggle">User Credentials</a>
        <ul id="userCreds" ${open.creds ? '' : 'style="display:none"'}>
          <li><a href="/APIUserAccount/CreateAPIUser">Create API User</a></li>
          <li><a href="/APIUserAccount/FreezeAPIUser">Freeze API User</a></li>
        </ul>
      </li>
    </ul>
  </nav>`;
export const REGISTRATION = (username: string, through = 'erp') => `
  ${LOGGED_IN_HEADER}
  <p>GSTIN: <b>29AAFCC9980M1ZR</b></p><p>Name: <b>CLOUDZEN SOFTWARE LABS PRIVATE LIMITED</b></p>
  <form id="f">
    <table>
      <tr><td>Do you wish to Register your GSTIN for</td><td>
        <input type="radio" name="through" id="rd1" value="D"><label for="rd1">Directly</label>
        <input type="radio" name="through" id="rd2" value="G"><label for="rd2">Through GSP</label>
        <input type="radio" name="through" id="rd3" value="E" ${through === 'erp' ? 'checked' : ''}><label for="rd3">Through ERP</label>
        <input type="radio" name="through" id="rd4" value="C"><label for="rd4">Through Client-Id of other GSTIN</label>
      </td></tr>
      <tr><td><label for="gsp">Select your GSP:</label></td><td><select id="gsp"><option value="">--Select--</option><option>${CLOUDZEN_COMPANY}</option></select></td></tr>
      <tr><td><label for="erp">Select your ERP:</label></td><td><select id="erp"><option value="">--Select--</option>
        <option>CLOUDZEN SOFTWARE LABS PVT LTD (OLD)</option><option>${CLOUDZEN_COMPANY}</option><option>TALLY SOLUTIONS</option></select></td></tr>
      <tr><td><label for="un">Username:</label></td><td>${username}</td></tr>
      <tr><td><label for="pw">Password:</label></td><td><input type="password" id="pw"></td></tr>
      <tr><td><label for="pw2">Re-enter Password:</label></td><td><input type="password" id="pw2"></td></tr>
    </table>
    <button type="submit" id="btnSave">Submit</button> <button type="button">Exit</button>
  </form>`;
export const BOX = '<input type="text" id="un">';
export const ADD_ON_BOX =
  '<div class="input-group"><span class="input-group-addon">API_</span><input type="text" id="un"></div>';
export const IN_BOX = '<input type="text" id="un" value="API_">';

/** Shows `html` as the page at `path`. */
export function load(html: string, path = '/') {
  history.replaceState(null, '', path);
  document.body.innerHTML = html;
}
