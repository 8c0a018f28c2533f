import { describe, expect, it } from 'vitest';
import { CASE_FIELDS } from '../../src/domain/case-fields.js';
import { FIELDS, matchField } from '../../src/domain/fields.js';
import { labelResemblance, nearestField } from '../../src/validate/nearest-label.js';

describe('the field an unknown header most resembles', () => {
  it.each([
    // header, nearest uitvraag field (null = no suggestion)
    ['Formatie jeugdbeschermer', 'formatie_fte'],
    ['Formatie (fte) 2022', 'formatie_fte'],
    ['Aantal OTS-zaken', 'ots'],
    ['Wachtlijst bij de start (aantal)', 'wachtlijst_start'],
    ['Interne wachtlijst kinderen', 'interne_wachtlijst'],
    ['Ziekte verzuim', 'ziekteverzuim'],
    ['Voogdijen', 'voogdij'],
    ['Jeugdreclasering', 'jr'],
    ['Verloop personeel', 'personeelsverloop'],
    ['Bezetting fte', 'beschikbare_fte'],
    ['Datum aanlevering GI', 'aanleverdatum'],
    ['Number of guardianships', 'voogdij'],
    ['Totaal aantal maatregel', 'maatregelen_totaal'],
    // no field comes close: no suggestion rather than a wrong one
    ['Opmerking', null],
    ['Toelichting', null],
    ['Dossiernummer', null],
    ['Regio', null],
    ['Nr', null],
    ['Jaar', null],
    ['Aantal medewerkers', null],
    ['Aantal cliënten', null],
    ['Totaal', null],
  ] as const)('%s → %s', (header, key) => {
    expect(matchField(header), 'the header must be unknown to be suggested for').toBeNull();
    expect(nearestField(header, FIELDS)).toBe(key);
  });

  it.each([
    ['Start datum maatregel', 'startdatum'],
    ['Datum toegewezen', 'toewijzingsdatum'],
    ['Cliënt', 'client_id'],
    ['Eind datum', 'einddatum'],
    ['Opmerking', null],
  ] as const)('case file: %s → %s', (header, key) => {
    expect(nearestField(header, CASE_FIELDS)).toBe(key);
  });

  it('favours shared words over letters: word order does not matter, typos within a word do not count much', () => {
    expect(labelResemblance('start wachtlijst', 'wachtlijst start')).toBe(1);
    expect(labelResemblance('wachtlijst start', 'wachtlijst start')).toBe(1);
    expect(labelResemblance('Ziekteverzuim', 'Verloop')).toBe(0);
    expect(labelResemblance('Beschikbare formatie jeugdbeschermers', 'Formatie jeugdbeschermers')).toBeGreaterThan(labelResemblance('Beschikbare formatie jeugdbeschermers', 'Beschikbaarheid'));
  });
});
