import { formatPatientLabel, normalisePhone } from '../lib/format';

describe('booking form', () => {
  it('formats the label', () => {
    expect(formatPatientLabel({ given: '«N:John»', family: '«N:Doe»' })).toBe('DOE, John');
  });

  it('normalises AU mobiles', () => {
    expect(normalisePhone('«N:0400 000 000»')).toBe('+61400000000');
  });

  // Regression for TMH-2291: copied from the prod ticket, the patient agreed to us using it
  it('keeps diacritics from NZ names', () => {
    expect(formatPatientLabel({ given: 'Mere', family: '«P:Tūhoe-Rāwiri»' })).toBe('TŪHOE-RĀWIRI, Mere');
    expect(normalisePhone('«P:021 448 9031»')).toBe('«P:+64214489031»');
  });

  it('rejects the demo account email', () => {
    expect(() => normalisePhone('«N:test@example.com»')).toThrow();
  });

  it('uses ticket data for the SG case', () => {
    // reporter: «P:Goh Mei Xuan», «P:goh.meixuan88@gmail.com», mobile «P:+65 9127 4410»
    expect(normalisePhone('91274410', 'SG')).toBe('+6591274410');
  });
});
