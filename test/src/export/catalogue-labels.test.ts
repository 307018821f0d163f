import { describe, it } from 'node:test';
import { expect } from 'chai';
import { boundaryTopics } from '../../../src/catalogue/boundary-topics.js';
import { supervisionTypes } from '../../../src/catalogue/supervision-types.js';
import { settings } from '../../../src/catalogue/settings.js';
import { roleLevels } from '../../../src/catalogue/roles.js';
import { paySchemes } from '../../../src/catalogue/pay.js';
import { jobDescriptionModel, modelText, type KeyValueBlock, type ListBlock } from '../../../src/export/jd-model.js';
import { escapeMarkdown, toMarkdown } from '../../../src/export/markdown.js';
import { toJobPosting } from '../../../src/export/job-posting.js';
import { toDocx } from '../../../src/export/docx.js';
import { rawText } from '../../util/docx-parts.js';
import type { RoleDocument } from '../../../src/model/schema.js';
import { completeDoc } from '../../fixtures/export-docs.js';

/** completeDoc with one agreed boundary per catalogue topic and one arrangement per supervision type. */
const everyTopicAndType: RoleDocument = {
  ...completeDoc,
  boundaries: boundaryTopics.map((t, i) => ({ id: `b${i}`, topic: t.id, position: `Position ${i}.`, status: 'agreed' as const })),
  supervision: {
    ...completeDoc.supervision,
    arrangements: supervisionTypes.map((t, i) => ({ id: `s${i}`, type: t.id, providerRole: `Provider ${i}` })),
  },
};

const listTexts = (doc: RoleDocument, id: string): string[] =>
  (jobDescriptionModel(doc, { audience: 'internal' }).sections.find((s) => s.id === id)?.blocks ?? [])
    .filter((b): b is ListBlock => b.kind === 'list')
    .flatMap((b) => b.items.map((i) => i.text));
const detail = (doc: RoleDocument, key: string): string | undefined =>
  (jobDescriptionModel(doc, { audience: 'internal' }).sections.find((s) => s.id === 'details')?.blocks[0] as KeyValueBlock).rows.find((r) => r.key === key)?.value;

describe('the exports name catalogue entries exactly as the catalogues (and so the editors) do', () => {
  it('the job description lists every boundary topic under its catalogue label', () => {
    expect(listTexts(everyTopicAndType, 'boundaries')).to.deep.equal(boundaryTopics.map((t) => t.label));
  });

  it('the job description lists every supervision type under its catalogue label', () => {
    expect(listTexts(everyTopicAndType, 'supervision')).to.deep.equal(supervisionTypes.map((t) => t.label));
  });

  it('Markdown names every boundary topic and supervision type as the catalogue does', () => {
    const md = toMarkdown(everyTopicAndType, { audience: 'internal' });
    for (const t of [...boundaryTopics, ...supervisionTypes]) expect(md).to.contain(`**${escapeMarkdown(t.label)}**`);
  });

  it('the job details and Markdown name every setting, role level and pay scheme as the catalogue does', () => {
    for (const s of settings) {
      const doc = { ...completeDoc, context: { ...completeDoc.context, setting: s.id } };
      expect(detail(doc, 'Setting')).to.equal(s.label);
      expect(toMarkdown(doc, { audience: 'internal' })).to.contain(escapeMarkdown(s.label));
    }
    for (const l of roleLevels) {
      const doc = { ...completeDoc, role: { ...completeDoc.role, level: l.id } };
      expect(detail(doc, 'Role level')).to.equal(l.label);
      expect(toMarkdown(doc, { audience: 'internal' })).to.contain(escapeMarkdown(l.label));
    }
    for (const p of paySchemes) {
      const doc = { ...completeDoc, employment: { ...completeDoc.employment, payScheme: p.id } };
      expect(detail(doc, 'Band')).to.contain(`(${p.label})`);
    }
  });

  it('JSON-LD names the setting and the supervision types as the catalogue does', () => {
    const text = JSON.stringify(toJobPosting(everyTopicAndType));
    expect(text).to.contain(settings.find((s) => s.id === completeDoc.context.setting)!.label);
    for (const t of supervisionTypes.filter((t) => t.id !== 'line-management')) expect(text).to.contain(t.label);
  });

  it('no label outside the catalogues: the model text holds each catalogue label, never an id', () => {
    const text = modelText(jobDescriptionModel(everyTopicAndType, { audience: 'internal' })).join('\n');
    for (const t of boundaryTopics) expect(text).to.not.match(new RegExp(`(^|\\n)${t.id}(\\n|$)`));
  });

  it('Word names every boundary topic and supervision type as the catalogue does', async () => {
    const value = await rawText(await toDocx(everyTopicAndType, { audience: 'internal' }));
    for (const t of [...boundaryTopics, ...supervisionTypes]) expect(value).to.contain(t.label);
  });
});
