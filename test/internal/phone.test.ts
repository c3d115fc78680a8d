import { expect } from '@open-wc/testing';
import { parsePhone } from '../../src/internal/phone.js';

describe('parsePhone', () => {
  for (const form of [
    '(480) 555-0123',
    '480.555.0123',
    '480-555-0123',
    '480 555 0123',
    '4805550123',
    '+1 480 555 0123',
    '+1 (480) 555-0123',
    '1-480-555-0123',
    '1 (480) 555 0123',
    '  (480) 555-0123  ',
    '480/555-0123',
  ]) {
    it(`reads the US form "${form}"`, () => {
      expect(parsePhone(form)).to.deep.equal({ e164: '+14805550123', display: '(480) 555-0123' });
    });
  }

  it('reads numbers of other countries written with +', () => {
    expect(parsePhone('+44 20 7946 0958')).to.deep.equal({ e164: '+442079460958', display: '+44 20 7946 0958' });
    expect(parsePhone('+52  55 1234 5678')).to.deep.equal({ e164: '+525512345678', display: '+52 55 1234 5678' });
    expect(parsePhone('+49 (30) 123456')).to.deep.equal({ e164: '+4930123456', display: '+49 (30) 123456' });
  });

  it('reads toll-free numbers', () => {
    expect(parsePhone('1-800-555-0199')?.e164).to.equal('+18005550199');
  });

  for (const bad of [
    undefined,
    null,
    '',
    '   ',
    'call us',
    '555-0123',
    '1-800-FLOWERS',
    '480-555-0123 ext. 4',
    '(480) 555-01234',
    '123-555-0123',
    '480-055-0123',
    '2-480-555-0123',
    '+0 20 7946 0958',
    '+44 1',
    '+1 480 555',
    '+12345678901234567',
    'tel:+14805550123',
    '480—555—0123',
    '<b>480-555-0123</b>',
  ]) {
    it(`refuses ${JSON.stringify(bad)}`, () => {
      expect(parsePhone(bad)).to.equal(undefined);
    });
  }
});
