/**
 * An html-validate rule for what the Nu HTML checker calls a bad URL: an address attribute
 * with a character a URL may not contain unencoded (a space, `[`, `]`, `<`, `|`…) or a `%`
 * that does not start an escape. html-validate's own rules do not look inside addresses.
 */
const { Rule } = require('html-validate');

const addressAttributes = new Set(['href', 'src', 'action', 'formaction', 'cite', 'poster', 'data']);
// URL code points (WHATWG URL Standard): ASCII letters and digits, these punctuation marks,
// and anything from U+00A0 up; plus `%` when it starts an escape.
const urlUnits = /^(?:[A-Za-z0-9!$&'()*+,\-./:;=?@_~#]|[\u00A0-\uFFFF]|%[0-9A-Fa-f]{2})*$/u;

class ValidUrl extends Rule {
  documentation() {
    return { description: 'Address attributes must be valid URLs: encode characters such as space, [ and ] (e.g. %5B).' };
  }

  setup() {
    this.on('attr', (event) => {
      if (!addressAttributes.has(event.key) || typeof event.value !== 'string') return;
      if (urlUnits.test(event.value)) return;
      const bad = [...event.value].find((char, index) => !urlUnits.test(char) && !(char === '%' && /^%[0-9A-Fa-f]{2}/.test(event.value.slice(index))));
      this.report(event.target, `${event.key}="${event.value}" has "${bad}", which a URL may not contain unencoded`, event.valueLocation ?? event.location);
    });
  }
}

module.exports = { name: 'safe-city', rules: { 'safe-city/valid-url': ValidUrl } };
