// docs/sources.md, generated from the source registry (src/catalogue/sources.ts) and from who cites
// each source (src/assess/citations.ts): each source with its confidence mark and what cites it.
import { GENERATED, anchor } from './markdown.mjs';

const CONFIDENCE = {
  read: 'Read: the parts the toolkit uses were read in the source itself',
  'partly-read': 'Partly read: only an abstract, an opening or a table of contents',
  secondary: 'Secondary: read in a summary or copy by someone other than its authors',
};
const BASIS = { study: 'study finding', evidence: 'other evidence', heuristic: 'tool heuristic' };

export function sourcesPage({ sources, SOURCE_GROUPS, citations, ruleCatalogue }) {
  const rules = new Map(ruleCatalogue.map((r) => [r.id, r]));
  const ruleLink = (id) => {
    const r = rules.get(id);
    return `[${id}](rules.md#${anchor(`${id} ${r.title}`)}) (${BASIS[r.basis]})`;
  };
  const out = [
    '# Sources',
    '',
    `<!-- ${GENERATED} from the source registry (src/catalogue/sources.ts) and the rules and catalogues that cite each source (src/assess/citations.ts). -->`,
    '',
    'The rules, catalogues and templates of psw-role-kit cite sources by id (`S1`, `S31-g`…). This page lists',
    'every source with how much of it was read and what in the toolkit rests on it. A finding carries its',
    'rule’s sources, so the rules listed are also the findings that cite a source. What the toolkit takes',
    'from a source is paraphrased, never quoted.',
    '',
    '**Confidence marks.**',
    '',
    ...Object.values(CONFIDENCE).map((c) => `- ${c.replace(/^([^:]+):/, '**$1**:')}.`),
    '',
    'For the study itself (S1) only the abstract could be read: a rule has the basis “study finding” only',
    'for what the abstract states, and a test fails when such a rule does not cite S1 (see',
    '[the study](the-study.md#what-is-not-confirmed)). Job adverts (S31-…) are examples, not a representative',
    'sample. A test also fails when anything cites an id this page does not list.',
  ];
  for (const [group, title] of Object.entries(SOURCE_GROUPS)) {
    const inGroup = sources.filter((s) => s.group === group);
    if (!inGroup.length) continue;
    out.push('', `## ${title}`, '');
    for (const s of inGroup) {
      const by = citations.get(s.id) ?? [];
      const ruleIds = by.filter((c) => c.kind === 'rule').map((c) => c.name);
      const entries = by.filter((c) => c.kind === 'catalogue').map((c) => c.name);
      const [mark] = CONFIDENCE[s.confidence].split(':');
      out.push(`- <a id="${s.id.toLowerCase()}"></a>**${s.id}** ${s.citation}`);
      out.push(`  - Confidence: **${mark}**.${s.note ? ` ${s.note}` : ''}`);
      if (ruleIds.length) out.push(`  - Rules: ${ruleIds.map(ruleLink).join(', ')}.`);
      if (entries.length) out.push(`  - Catalogue and templates: ${entries.join('; ')}.`);
      if (!by.length) out.push('  - Cited by nothing in the toolkit.');
    }
  }
  return out.join('\n') + '\n';
}
