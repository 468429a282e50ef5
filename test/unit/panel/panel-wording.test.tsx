// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CheckList } from '@/components/CheckList';
import { keepHyphenatedWords } from '@/components/keep-hyphenated-words';
import { StepList } from '@/components/StepList';
import type { CaptureNotice as Notice } from '@/entrypoints/portal.content/capture-controller';
import { CaptureNotice } from '@/entrypoints/portal.content/CaptureNotice';
import { sandboxFlow } from '@/utils/flows/sandbox';
import { useReactRoot } from '../react-root';
import { KEPT_NOTICES, NOT_KEPT_NOTICE } from './notices';

const react = useReactRoot();

/** The spans that keep a word on one line, by their text. */
const keptWhole = () =>
  [...react.container.querySelectorAll<HTMLElement>('span')]
    .filter((span) => span.style.whiteSpace === 'nowrap')
    .map((span) => span.textContent);

/** Every "-" between two letters or digits that is not inside a nowrap span: a place "e-/mail" can break. */
function breakableHyphens(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    let kept = false;
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      if (el.style.whiteSpace === 'nowrap') kept = true;
    }
    if (kept) continue;
    for (const match of text.matchAll(/[\p{L}\p{N}]-[\p{L}\p{N}]/gu)) found.push(match[0]);
  }
  return found;
}

describe('keepHyphenatedWords', () => {
  it('keeps each hyphenated word on one line and the text as it was', () => {
    const text = 'Type the e-mail registered with your GST-registered mobile, then open e-Invoice.';
    react.render(<p>{keepHyphenatedWords(text)}</p>);
    expect(react.container.textContent).toBe(text);
    expect(keptWhole()).toEqual(['e-mail', 'GST-registered', 'e-Invoice']);
    expect(breakableHyphens(react.container)).toEqual([]);
  });

  it('keeps the plain hyphen (copy, Ctrl+F and screen readers see "e-mail")', () => {
    react.render(<p>{keepHyphenatedWords('e-mail')}</p>);
    expect(react.container.textContent).toBe('e-mail');
    expect(react.container.textContent).not.toContain('\u2011');
  });

  it('leaves text without hyphenated words alone, and spaced dashes too', () => {
    expect(keepHyphenatedWords('Choose Tax Payer')).toBe('Choose Tax Payer');
    expect(keepHyphenatedWords('e - Invoice API — step 2')).toBe('e - Invoice API — step 2');
    expect(keepHyphenatedWords('')).toBe('');
  });

  it('keeps non-English hyphenated words whole too, beside English ones', () => {
    react.render(<p>{keepHyphenatedWords('Café-crème and e-Invoice, 29AAFCC-12')}</p>);
    expect(keptWhole()).toEqual(['Café-crème', 'e-Invoice', '29AAFCC-12']);
    expect(react.container.textContent).toBe('Café-crème and e-Invoice, 29AAFCC-12');
  });

  it('handles words with several hyphens, at the start and the end', () => {
    react.render(<p>{keepHyphenatedWords('ready-to-use forms for e-Invoice')}</p>);
    expect(keptWhole()).toEqual(['ready-to-use', 'e-Invoice']);
    expect(react.container.textContent).toBe('ready-to-use forms for e-Invoice');
  });
});

describe('the panel never breaks a word at its hyphen', () => {
  it('in the list of steps', () => {
    react.render(<StepList steps={sandboxFlow.steps} current={3} />);
    expect(react.container.textContent).toContain('e-mail');
    expect(breakableHyphens(react.container)).toEqual([]);
  });

  it('in the checks', () => {
    react.render(
      <CheckList
        checks={[
          {
            id: 'email',
            label: 'E-mail',
            result: { status: 'ok', message: 'It must be the e-mail address registered.' },
          },
        ]}
      />,
    );
    expect(react.container.querySelector('[data-testid="check-email"]')?.textContent).toBe(
      '✓E-mail: It must be the e-mail address registered.',
    );
    expect(breakableHyphens(react.container)).toEqual([]);
  });

  it.each<Notice>([...KEPT_NOTICES, NOT_KEPT_NOTICE])('in the capture notice ($kind)', (notice) => {
    react.render(<CaptureNotice notice={notice} onShowCredentials={async () => undefined} />);
    expect(breakableHyphens(react.container)).toEqual([]);
  });
});

describe('the capture notice tells one story', () => {
  it.each<Notice>(KEPT_NOTICES)(
    'the assistant keeps a copy; writing it down is optional, never a warning ($kind)',
    (notice) => {
      react.render(<CaptureNotice notice={notice} onShowCredentials={async () => undefined} />);
      const text = react.container.textContent ?? '';
      expect(text).toMatch(/the assistant (kept|keeps|captured)/i);
      expect(text).not.toMatch(/cannot be lost|before you submit|write (it|them) down now/i);
      expect(text).not.toMatch(/cloudzen/i);
    },
  );

  it('asks to write them down only when no copy could be kept', () => {
    react.render(
      <CaptureNotice notice={{ kind: 'not-kept', reason: 'no answer' }} onShowCredentials={async () => undefined} />,
    );
    const text = react.container.textContent ?? '';
    expect(text).toMatch(/could not keep a copy/);
    expect(text).toMatch(/Write the username and password down now/);
    expect(text).toMatch(/GSTZen/);
  });
});
