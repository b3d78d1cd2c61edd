import { expect, it } from 'vitest';
import { readSiteSettings } from '../../src/site-settings';

it('takes a variable a workflow passes empty as unset, so an unset repository variable means the default', () => {
  const settings = readSiteSettings({ SAFE_CITY_CMS_AUTH_URL: '', SAFE_CITY_REPORT_EMAIL: '', SAFE_CITY_BRANCH: '' });
  expect(settings.cmsAuthUrl).toBeUndefined();
  expect(settings.reportEmail).toBeUndefined();
  expect(settings.branch).toBe('main');
});

it('stops with the variable’s name when the web editor’s sign-in helper is not an https address', () => {
  expect(readSiteSettings({ SAFE_CITY_CMS_AUTH_URL: 'https://auth.example.org' }).cmsAuthUrl).toBe('https://auth.example.org');
  expect(() => readSiteSettings({ SAFE_CITY_CMS_AUTH_URL: 'http://auth.example.org' })).toThrow(/SAFE_CITY_CMS_AUTH_URL/);
});
