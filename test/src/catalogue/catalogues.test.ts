import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  BOUNDARY_TOPIC_IDS, EMPLOYER_TYPE_IDS, PAY_SCHEME_IDS, ROLE_LEVEL_IDS, SETTING_IDS, SUPERVISION_TYPE_IDS, THEME_IDS,
  boundaryTopics, commonExclusions, competenceDomains, employerTypes, paySchemes,
  roleLevels, settings, supervisionFocusOptions, supervisionTypes, type CatalogueEntry,
} from '../../../src/catalogue/index.js';
import { SUPERVISION_FOCUS_IDS } from '../../../src/catalogue/supervision-focus.js';
import { sources } from '../../../src/catalogue/sources.js';

/** The source registry: docs/sources.md is generated from it. */
const EVIDENCE_SOURCES = new Set(sources.map((s) => s.id));

const catalogues: Record<string, readonly CatalogueEntry[]> = {
  settings, boundaryTopics, supervisionTypes, supervisionFocusOptions, competenceDomains, paySchemes, roleLevels,
  employerTypes, commonExclusions,
};

describe('catalogues: shared shape', () => {
  for (const [name, entries] of Object.entries(catalogues)) {
    it(`${name}: unique ids, label, description and known source ids`, () => {
      expect(entries.length).to.be.greaterThan(0);
      const ids = entries.map((e) => e.id);
      expect(new Set(ids).size, 'ids unique').to.equal(ids.length);
      for (const e of entries) {
        expect(e.id, 'id').to.match(/^[a-z0-9][a-z0-9-]*$/);
        expect(e.label.trim(), `${e.id} label`).to.not.equal('');
        expect(e.description.length, `${e.id} description`).to.be.within(10, 400);
        expect(e.sources, `${e.id} sources`).to.be.an('array');
        for (const s of e.sources) expect(EVIDENCE_SOURCES.has(s), `${e.id}: unknown source ${s}`).to.equal(true);
        // An entry without any source must say it is unconfirmed.
        if (e.sources.length === 0) expect((e as { confirmed?: boolean }).confirmed, `${e.id} has no sources`).to.equal(false);
        if ('themes' in e) for (const t of (e as { themes: string[] }).themes) expect(THEME_IDS).to.include(t);
      }
    });
  }
  it('catalogues are arrays of frozen-in-shape data (no functions)', () => {
    for (const entries of Object.values(catalogues)) {
      expect(Array.isArray(entries)).to.equal(true);
      expect(JSON.parse(JSON.stringify(entries))).to.deep.equal(entries);
    }
  });
});

describe('catalogues: coverage of the fixed ids', () => {
  const ids = (xs: readonly CatalogueEntry[]) => xs.map((x) => x.id);
  it('settings cover every setting id, in order, with the community flag', () => {
    expect(ids(settings)).to.deep.equal([...SETTING_IDS]);
    expect(settings.length).to.be.at.least(13);
    for (const s of settings) expect(s.community).to.be.a('boolean');
    expect(settings.find((s) => s.id === 'acute-inpatient')!.community).to.equal(false);
    expect(settings.find((s) => s.id === 'vcse-community')!.community).to.equal(true);
    expect(settings.find((s) => s.id === 'acute-inpatient')!.driftRisk).to.match(/observations/);
  });
  it('the settings with little evidence are marked unconfirmed', () => {
    const unconfirmed = settings.filter((s) => !s.confirmed).map((s) => s.id);
    expect(unconfirmed).to.have.members(['older-adults', 'talking-therapies']);
  });
  it('boundary topics: the 14 ids, a why-it-matters text, a suggested mode and the minimum set', () => {
    expect(ids(boundaryTopics)).to.deep.equal([...BOUNDARY_TOPIC_IDS]);
    expect(boundaryTopics).to.have.length(14);
    for (const t of boundaryTopics) {
      expect(t.whyItMatters.length, t.id).to.be.within(40, 400);
      expect(['fixed', 'negotiable', 'case-by-case']).to.include(t.defaultMode);
    }
    expect(boundaryTopics.filter((t) => t.minimum).map((t) => t.id)).to.have.members(['self-disclosure', 'confidentiality', 'risk-safeguarding', 'endings']);
    expect(boundaryTopics.filter((t) => !t.confirmed).map((t) => t.id)).to.include.members(['social-media', 'lone-working', 'staffing-cover']);
  });
  it('supervision types cover the document’s arrangement types; peer-led ones are marked', () => {
    expect(ids(supervisionTypes)).to.deep.equal([...SUPERVISION_TYPE_IDS]);
    expect(supervisionTypes.filter((t) => t.peerLed).map((t) => t.id)).to.include.members(['peer-supervision', 'group-peer-supervision']);
    expect(supervisionTypes.find((t) => t.id === 'line-management')!.peerLed).to.equal(false);
  });
  it('supervision focus options: the eight topics', () => {
    expect(ids(supervisionFocusOptions)).to.deep.equal([...SUPERVISION_FOCUS_IDS]);
    expect(supervisionFocusOptions).to.have.length(8);
  });
  it('role levels, employer types and pay schemes cover their ids', () => {
    expect(ids(roleLevels)).to.deep.equal([...ROLE_LEVEL_IDS]);
    expect(ids(employerTypes)).to.deep.equal([...EMPLOYER_TYPE_IDS]);
    expect(ids(paySchemes)).to.deep.equal([...PAY_SCHEME_IDS]);
    expect(roleLevels.find((l) => l.id === 'psw')!.typicalBands).to.deep.equal(['3', '4']);
  });
  it('competence domains: nine, numbered 1–9; 1–4 confirmed, 5–9 not', () => {
    expect(competenceDomains.map((d) => d.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(competenceDomains.map((d) => d.id)).to.deep.equal(competenceDomains.map((d) => `domain-${d.number}`));
    expect(competenceDomains.filter((d) => d.confirmed).map((d) => d.number)).to.deep.equal([1, 2, 3, 4]);
  });
});

describe('catalogues: pay schemes', () => {
  it('only Agenda for Change is a banded scheme', () => {
    expect(paySchemes.filter((s) => s.banded).map((s) => s.id)).to.deep.equal(['agenda-for-change']);
  });
});
