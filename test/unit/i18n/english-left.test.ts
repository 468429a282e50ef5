import { describe, expect, it } from 'vitest';
import { englishWordsIn } from '../../english-left';

describe('englishWordsIn', () => {
  it('finds English words left in a Hindi text', () => {
    expect(englishWordsIn('अपना GSTIN लिखें and press Validate')).toEqual(['and', 'press', 'Validate']);
  });

  it('keeps the portal’s quoted words, names, codes and values', () => {
    expect(
      englishWordsIn(
        '“Tax Payer” चुनें, GSTZen में API_sample1 और ZENTRIAL लिखें; AAFCC29ERP82ZSO, a@b.in, einv-apisandbox.nic.in, CLOUDZEN SOFTWARE LABS PRIVATE LIMITED(GSTZen)',
      ),
    ).toEqual([]);
  });

  it('finds a catalog key shown raw, a message that never reached the page', () => {
    expect(englishWordsIn('पैनल panel_show_credentials check_email_ok')).toEqual([
      'panel_show_credentials',
      'check_email_ok',
    ]);
    expect(englishWordsIn('API_gstzenlive1 बनाया गया')).toEqual([]);
  });

  it('allows what the test says the page showed', () => {
    expect(englishWordsIn('Sample Traders के लिए', ['Sample Traders'])).toEqual([]);
    expect(englishWordsIn('Sample Traders के लिए')).toEqual(['Sample', 'Traders']);
  });
});
