import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translator';
import { mistakeReportLinks } from '../../src/lib/mistake-report';

const settings = { repositoryUrl: 'https://github.com/safe-city-kherson/safe-city' };
const page = { url: 'https://example.org/uk/algorithms/street-robbery/', title: 'Якщо вас пограбували на вулиці', version: 3 };

describe('report a mistake', () => {
  it('opens a new issue that already names the page, its version and its language', () => {
    const { issue, email } = mistakeReportLinks(page, useTranslations('uk'), settings);
    const link = new URL(issue);
    expect(`${link.origin}${link.pathname}`).toBe('https://github.com/safe-city-kherson/safe-city/issues/new');
    expect(link.searchParams.get('title')).toBe('Помилка на сторінці «Якщо вас пограбували на вулиці»');
    expect(link.searchParams.get('body')).toBe(
      'Сторінка: https://example.org/uk/algorithms/street-robbery/\nВерсія: 3\nМова: Українська\n\nЩо не так:\n\n\nЯк має бути (і де це сказано, якщо знаєте):\n',
    );
    // Spaces as %20: a mail program would show a "+" literally.
    expect(issue).not.toContain('+');
    expect(email).toBeUndefined();
  });

  it('speaks the page’s language, leaves out a version the page does not have, and offers e-mail where the site has an address', () => {
    const { issue, email } = mistakeReportLinks({ url: 'https://example.org/en/contacts/', title: 'Phone numbers' }, useTranslations('en'), { ...settings, reportEmail: 'editors@example.org' });
    expect(new URL(issue).searchParams.get('body')).toBe('Page: https://example.org/en/contacts/\nLanguage: English\n\nWhat is wrong:\n\n\nWhat it should say (and where that is written, if you know):\n');
    const mail = new URL(email!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('editors@example.org');
    expect(mail.searchParams.get('subject')).toBe('Mistake on the page “Phone numbers”');
  });
});
