// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { performAction } from '@/utils/engine/actions';
import type { SafeAction, SafetyPolicy } from '@/utils/engine/flow';
import { locate, type ChoiceLocator, type ElementLocator } from '@/utils/engine/locator';
import { createPageQuery } from '@/utils/engine/page-query';
import { isSameCompany } from '@/utils/flows/company-name';

/** Pages are written here in every form a label takes, as portals of different ages write them. */
const page = (html: string) => {
  document.body.innerHTML = html;
};
const field = (label: ElementLocator['label']): ElementLocator => ({ kind: 'field', label });
const found = (locator: ElementLocator | ChoiceLocator) => locate(document, locator)?.id ?? null;
const POLICY: SafetyPolicy = { neverPress: /submit|create/i, neverFill: /captcha|otp|password/i };

beforeEach(() => page(''));

describe('a field is found by the words next to it', () => {
  it.each([
    ['<label for>', '<label for="x">GSTIN :<span>*</span></label><input id="x">'],
    ['a wrapping label', '<label>GSTIN <input id="x"></label>'],
    [
      'the label cell of a table row',
      '<table><tr><td>GSTIN&nbsp;:&nbsp;<span class="req">*</span></td><td><input id="x"></td></tr></table>',
    ],
    ['a label cell two cells before', '<table><tr><td>GSTIN :</td><td></td><td><input id="x"></td></tr></table>'],
    ['aria-label', '<input id="x" aria-label="GSTIN">'],
    ['aria-labelledby', '<span id="l">GSTIN *</span><input id="x" aria-labelledby="l">'],
    ['a placeholder', '<input id="x" placeholder="GSTIN">'],
    ['a title', '<input id="x" title="gstin">'],
    ['the text just before it', '<div>GSTIN : <input id="x"></div>'],
    [
      'a caption box before its box',
      '<div class="row"><div class="lbl">GSTIN</div><div class="ctl"><input id="x"></div></div>',
    ],
  ])('from %s', (_form, html) => {
    page(`<input id="decoy" placeholder="Trade Name">${html}`);
    expect(found(field('GSTIN'))).toBe('x');
  });

  it('normalises NBSP, line breaks, case, colons and asterisks', () => {
    page(
      '<table><tr><td>* GST Registered<br>\u00a0Mobile&nbsp;No.&nbsp;:*&nbsp;</td><td><input id="m"></td></tr></table>',
    );
    expect(found(field('gst registered mobile no.'))).toBe('m');
    expect(found(field(/registered mobile/i))).toBe('m');
  });

  it("does not take a neighbouring field's label, nor a sentence, as a label", () => {
    page(`<table><tr><td>GSTIN</td><td><input id="g"></td></tr>
      <tr><td></td><td><input id="nolabel"></td></tr>
      <tr><td colspan="2"><p>Enter your GSTIN and the mobile number registered with it, then the captcha and press Validate.</p><input id="after-text"></td></tr></table>`);
    expect(found(field('GSTIN'))).toBe('g');
    expect(found(field(/mobile/i))).toBeNull();
  });

  it('falls back to ids, then CSS, when the words are not on the page', () => {
    page('<input id="txtGSTIN"><input class="gstin-box" id="css">');
    expect(found({ kind: 'field', label: 'GSTIN of the taxpayer', ids: ['nope', 'txtGSTIN'] })).toBe('txtGSTIN');
    expect(found({ kind: 'field', label: 'GSTIN of the taxpayer', css: '.gstin-box' })).toBe('css');
  });
});

describe('radios and choices', () => {
  const USER_TYPE_AND_THROUGH = `
    <table>
      <tr><td>User Type :</td><td><table id="ut"><tr>
        <td><input type="radio" name="ut" id="ut-tp" value="TP"><label for="ut-tp">Tax Payer</label></td>
        <td><input type="radio" name="ut" id="ut-erp" value="ERP"><label for="ut-erp">ERP</label></td>
      </tr></table></td></tr>
      <tr><td>Registration through</td><td>
        <span><input type="radio" name="rt" id="rt-gsp" value="1"><span>GSP</span></span>
        <span><input type="radio" name="rt" id="rt-erp" value="2"><span>ERP</span></span>
      </td></tr>
    </table>`;
  const choice = (label: RegExp, text: string): ChoiceLocator => ({ kind: 'choice', label, option: { text } });

  it('tells two "ERP" radios apart by the words of their row', () => {
    page(USER_TYPE_AND_THROUGH);
    expect(found({ kind: 'radio', label: 'ERP', group: /registration through/i })).toBe('rt-erp');
    expect(found({ kind: 'radio', label: 'ERP', group: /user type/i })).toBe('ut-erp');
    expect(found(choice(/^registration through$/i, 'ERP'))).toBe('rt-erp');
    expect(found(choice(/^user type$/i, 'ERP'))).toBe('ut-erp');
  });

  it.each([
    [
      'a fieldset legend',
      '<fieldset><legend>Registration through</legend><label><input type="radio" name="r" id="g">GSP</label><label><input type="radio" name="r" id="e">ERP</label></fieldset>',
    ],
    [
      'a radiogroup label',
      '<div role="radiogroup" aria-label="Registration through"><input type="radio" name="r" id="g"> GSP <input type="radio" name="r" id="e"> ERP</div>',
    ],
    [
      'words before the radios in one box',
      '<div>Registration through: <input type="radio" name="r" id="g"> GSP <input type="radio" name="r" id="e"> ERP</div>',
    ],
    [
      'radios with no name',
      '<p>Registration through</p><div><span><input type="radio" id="g">GSP</span> <span><input type="radio" id="e">ERP</span></div>',
    ],
  ])('finds a radio group named by %s', async (_form, html) => {
    page(`<div><input type="radio" name="other" id="decoy"> ERP</div>${html}`);
    const erp = choice(/^registration through$/i, 'ERP');
    expect(found(erp)).toBe('e');
    const action: SafeAction = { kind: 'choose', label: () => 'Choose ERP', choice: erp, notListed: () => 'no ERP' };
    expect(await performAction(document, action, POLICY)).toMatchObject({ ok: true });
    expect((document.getElementById('e') as HTMLInputElement).checked).toBe(true);
    expect((document.getElementById('decoy') as HTMLInputElement).checked).toBe(false);
    expect(createPageQuery(document).checked(erp)).toBe(true);
  });

  it('chooses "ERP" whether the page shows radios or a list', async () => {
    page(
      '<label for="s">Registration through :</label><select id="s"><option value="">--Select--</option><option value="1">GSP</option><option value="2">ERP </option></select>',
    );
    const erp = choice(/^registration through$/i, 'ERP');
    const q = () => createPageQuery(document);
    expect(q().checked(erp)).toBe(false);
    expect(q().value(erp)).toBe('');
    const changes: string[] = [];
    document
      .getElementById('s')!
      .addEventListener('change', (e) => changes.push((e.target as HTMLSelectElement).value));
    expect(
      await performAction(
        document,
        { kind: 'choose', label: () => 'Choose ERP', choice: erp, notListed: () => '' },
        POLICY,
      ),
    ).toMatchObject({
      ok: true,
    });
    expect(changes).toEqual(['2']);
    expect(q().checked(erp)).toBe(true);
    expect(q().value(erp)).toBe('ERP ');
  });
});

describe('an option that looks like the wanted one', () => {
  const CLOUDZEN = 'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)';
  const company: ChoiceLocator = {
    kind: 'choice',
    label: /^company name$/i,
    option: { text: CLOUDZEN, similar: (t) => isSameCompany(t, CLOUDZEN) },
  };
  const list = (...options: string[]) =>
    page(
      `<label for="c">Company Name</label><select id="c"><option value="0">--Select--</option>${options
        .map((o, i) => `<option value="v${i}">${o}</option>`)
        .join('')}</select>`,
    );
  const choose = () =>
    performAction(
      document,
      { kind: 'choose', label: () => 'Pick CloudZen', choice: company, notListed: () => 'not listed' },
      POLICY,
      { optionWaitMs: 20 },
    );
  const selected = () => (document.getElementById('c') as HTMLSelectElement).selectedOptions[0]!.text;

  it('takes the exact name first, with trailing spaces, over look-alikes listed before it', async () => {
    list(
      'CLOUDZEN SOFTWARE SOLUTIONS PVT LTD',
      'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED (OLD)',
      `${CLOUDZEN}\u00a0 `,
      'Cloudzen Software Labs Pvt. Ltd (GSTZen)',
    );
    const result = await choose();
    expect(result).toEqual({ ok: true, message: `Chose “${CLOUDZEN}”.` });
    expect(selected()).toBe(`${CLOUDZEN}\u00a0 `);
  });

  it('takes a close spelling only when it is the only one, and says which it took', async () => {
    list(
      'CLOUDZEN SOFTWARE SOLUTIONS PVT LTD',
      'Cloudzen Software Labs Pvt. Ltd (GSTZen)',
      'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED (OLD)',
    );
    const result = await choose();
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(
      /Chose “Cloudzen Software Labs Pvt\. Ltd \(GSTZen\)”, the list's spelling of CLOUDZEN/,
    );
    expect(selected()).toBe('Cloudzen Software Labs Pvt. Ltd (GSTZen)');
  });

  it('picks none of two close spellings, and never a merely similar company', async () => {
    list('Cloudzen Software Labs Pvt. Ltd (GSTZen)', 'CLOUDZEN SOFTWARE LABS PVT LTD');
    const twoClose = await choose();
    expect(twoClose.ok).toBe(false);
    expect(twoClose.message).toMatch(/several names like/);
    expect(selected()).toBe('--Select--');

    list(
      'CLOUDZEN SOFTWARE SOLUTIONS PVT LTD',
      'CLOUDZEN SOFTWARE LABS PRIVATE LIMITED (OLD)',
      'CLOUDZEN SOFTWARE LABS',
    );
    expect(await choose()).toEqual({ ok: false, message: 'not listed' });
    expect(selected()).toBe('--Select--');
  });

  it('chooses none of two entries that read the same', async () => {
    list(CLOUDZEN, 'OTHER ERP PVT LTD', `${CLOUDZEN} `);
    const result = await choose();
    expect(result.ok).toBe(false);
    expect(selected()).toBe('--Select--');
  });

  it("tells a list's prompt from a first answer whose value is 0", () => {
    page(
      '<label for="t">Registration through</label><select id="t"><option value="0">GSP</option><option value="1">ERP</option></select>',
    );
    const gsp: ChoiceLocator = { kind: 'choice', label: /^registration through$/i, option: { text: 'GSP' } };
    expect(createPageQuery(document).value(gsp)).toBe('GSP');
    expect(createPageQuery(document).checked(gsp)).toBe(true);
    page(
      '<label for="t">Registration through</label><select id="t"><option value="x">Please select</option><option value="1">ERP</option></select>',
    );
    expect(createPageQuery(document).value(gsp)).toBe('');
  });

  it('waits for a list the portal fills a moment after an earlier choice', async () => {
    list();
    setTimeout(() => {
      const select = document.getElementById('c') as HTMLSelectElement;
      for (const [text, value] of [
        ['OTHER ERP PVT LTD', 'o'],
        [CLOUDZEN, 'cz'],
      ] as const) {
        const option = document.createElement('option');
        option.value = value;
        option.text = text;
        select.add(option);
      }
    }, 30);
    expect(
      await performAction(
        document,
        { kind: 'choose', label: () => 'x', choice: company, notListed: () => 'not listed' },
        POLICY,
        {
          optionWaitMs: 1000,
        },
      ),
    ).toMatchObject({
      ok: true,
    });
    expect(selected()).toBe(CLOUDZEN);
  });
});

describe('the safety policy', () => {
  it('never types where the policy or the field type says the user types', async () => {
    page(`<label for="p">Client ID</label><input id="p" type="password">
      <label for="c">Verification code (captcha)</label><input id="c">
      <label for="ro">Client ID2</label><input id="ro" readonly>`);
    for (const label of ['Client ID', /captcha/i, 'Client ID2']) {
      const result = await performAction(
        document,
        { kind: 'fill', label: () => 'Fill', target: field(label), value: 'X' },
        POLICY,
      );
      expect(result.ok).toBe(false);
    }
    expect([...document.querySelectorAll('input')].map((i) => i.value)).toEqual(['', '', '']);
  });
});
