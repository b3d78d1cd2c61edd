/** html-validate settings for the built site (tests/build/html-validity.test.ts). */
module.exports = {
  extends: ['html-validate:recommended'],
  plugins: [require('./tests/support/valid-url-rule.cjs')],
  rules: {
    // What the Nu HTML checker reports and html-validate does not: unencoded characters in addresses.
    'safe-city/valid-url': 'error',
    // Each page carries its own small stylesheet inline, so it arrives in one round trip.
    'no-inline-style': 'off',
    // Astro writes void elements as `<meta …>`; either style is valid HTML.
    'void-style': 'off',
    // Titles are "<page> · Безпечне місто"; the page part is already limited by the schema.
    'long-title': 'off',
    // Call links hold the number and the service's name. The number itself is written with
    // non-breaking spaces and hyphens by displayNumber() (unit-tested); the name may wrap.
    'tel-non-breaking': ['error', { ignoreClasses: ['call-link'] }],
  },
};
