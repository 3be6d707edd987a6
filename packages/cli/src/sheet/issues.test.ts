import { expect } from '@open-wc/testing';
import { columnLetter, formatIssue, where } from './issues.js';

describe('cell references', () => {
  it('columnLetter(0) is A, (25) Z, (26) AA, (701) ZZ, (702) AAA', () => {
    expect([0, 3, 25, 26, 27, 701, 702].map(columnLetter)).to.deep.equal([
      'A',
      'D',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
  it('where() is Værdier!D14 for a cell, Værdier!14 for a row, quoted for names with spaces', () => {
    expect(where({ sheet: 'Værdier', row: 14, column: 3, da: '', en: '' })).to.equal('Værdier!D14');
    expect(where({ sheet: 'Værdier', row: 14, da: '', en: '' })).to.equal('Værdier!14');
    expect(where({ sheet: 'Mine tal', row: 2, column: 0, da: '', en: '' })).to.equal(
      "'Mine tal'!A2",
    );
    expect(where({ sheet: 'vaerdier.csv', row: 2, column: 0, da: '', en: '' })).to.equal(
      'vaerdier.csv!A2',
    );
    expect(where({ pointer: '/id', da: '', en: '' }, 'aftale.json')).to.equal('aftale.json#/id');
  });
  it('formatIssue() writes `Værdier!D14: "12,5%" er ikke et tal`, in English with lang en', () => {
    const issue = {
      sheet: 'Værdier',
      row: 14,
      column: 3,
      da: '"12,5%" er ikke et tal',
      en: '"12,5%" is not a number',
    };
    expect(formatIssue(issue, 'da')).to.equal('Værdier!D14: "12,5%" er ikke et tal');
    expect(formatIssue(issue, 'en')).to.equal('Værdier!D14: "12,5%" is not a number');
    expect(formatIssue({ ...issue, warning: true }, 'da')).to.equal(
      'Værdier!D14: advarsel: "12,5%" er ikke et tal',
    );
  });
});
