/**
 * Rules on boundaries (theme T1, and T4 for the boundaries that guard against drift) and on the
 * safety arrangements for lone working.
 */
import type { Boundary } from '../../model/schema.js';
import type { BoundaryTopicId } from '../../catalogue/ids.js';
import { filled } from '../facts.js';
import { BOUNDARY_TOPIC_NAMES, LONE_WORKING_LIKELY_SETTINGS, SETTING_NAMES } from '../setting-facts.js';
import { defineRule, HEURISTIC, quote } from './rule.js';
import { formatDate } from '../../export/format.js';

function boundaryName(b: Boundary): string {
  if (b.topic !== 'custom') return BOUNDARY_TOPIC_NAMES[b.topic];
  return filled(b.label) ? quote(b.label) : 'a custom topic';
}

/** Topics every peer role needs a position on (endings has its own rule, R28). */
const MINIMUM_TOPICS: readonly BoundaryTopicId[] = ['self-disclosure', 'confidentiality', 'risk-safeguarding'];

export const boundaryRules = [
  defineRule({
    id: 'R04',
    themes: ['T1'],
    severity: 'error',
    basis: 'study',
    sources: ['S1', 'S24'],
    title: 'No boundaries written down',
    summary:
      'Checks that at least one boundary has a position written (or is marked not applicable with a reason). The study found peer roles need boundaries as well as flexibility, and the apprenticeship standard expects peer work within clearly agreed boundaries.',
    fix: 'Use the boundary checklist: write the role’s position on sharing lived experience, confidentiality, risk and safeguarding, and endings first.',
    check(f, out) {
      if (f.documentedBoundaries === 0) {
        out.add(
          'No boundaries are written down. The study found peer roles need boundaries as well as flexibility, so the post-holder and the team know where the limits are.',
          { path: 'boundaries' },
        );
      }
    },
  }),
  defineRule({
    id: 'R05',
    themes: ['T1'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S17', 'S24', 'S38'],
    title: 'A core boundary topic is missing',
    summary:
      'Checks that the role covers sharing lived experience (self-disclosure), confidentiality and information sharing, and risk and safeguarding: topics the competence framework and the apprenticeship standard treat as part of every peer role.',
    fix: 'Add the missing topic in the boundary checklist and write the role’s position on it.',
    check(f, out) {
      for (const topic of MINIMUM_TOPICS) {
        if (f.boundaryByTopic.has(topic)) continue;
        const name = BOUNDARY_TOPIC_NAMES[topic];
        out.add(`There is no boundary on ${name}, one of the topics every peer role needs a clear position on.`, { path: 'boundaries', topic }, `Add a boundary on ${name} and write the role’s position on it.`);
      }
    },
  }),
  defineRule({
    id: 'R28',
    themes: ['T1'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S8', 'S24'],
    title: 'No boundary on endings',
    summary: 'Checks that the role says how peer relationships end. Planning endings from the start is part of peer work in the apprenticeship standard and in the ENRICH programme.',
    fix: 'Add a boundary on endings: how endings are planned with the person from the start, and who decides when support ends.',
    check(f, out) {
      if (!f.boundaryByTopic.has('endings')) {
        out.add('There is no boundary on endings. How a peer relationship ends should be planned with the person from the start.', { path: 'boundaries', topic: 'endings' });
      }
    },
  }),
  defineRule({
    id: 'R33',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Boundary without a position',
    summary: `Flags boundary topics that are listed but have no position written and are not marked not applicable. ${HEURISTIC.check}`,
    fix: 'Write the role’s position on this topic, or mark it not applicable and say why.',
    check(f, out) {
      const bs = f.doc.boundaries;
      for (let i = 0; i < bs.length; i++) {
        const b = bs[i]!;
        if (b.status === 'not-applicable' || filled(b.position)) continue;
        out.add(`The boundary on ${boundaryName(b)} has no position yet. ${HEURISTIC.check}`, { path: 'boundaries[].position', index: i, itemId: b.id });
      }
    },
  }),
  defineRule({
    id: 'R34',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Boundary marked not applicable without a reason',
    summary: `Flags boundaries marked not applicable that do not say why. ${HEURISTIC.check}`,
    fix: 'Say why the topic does not apply to this role, or write a position on it.',
    check(f, out) {
      const bs = f.doc.boundaries;
      for (let i = 0; i < bs.length; i++) {
        const b = bs[i]!;
        if (b.status !== 'not-applicable' || filled(b.notApplicableReason)) continue;
        out.add(`The boundary on ${boundaryName(b)} is marked not applicable but gives no reason. ${HEURISTIC.check}`, {
          path: 'boundaries[].notApplicableReason',
          index: i,
          itemId: b.id,
        });
      }
    },
  }),
  defineRule({
    id: 'R35',
    themes: ['T1'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S24', 'S38'],
    title: 'Boundary not yet proposed',
    summary: 'Warns about boundaries with a position that is still marked not started (a template’s positions are suggestions until someone marks them). The apprenticeship standard has peer workers work within clearly agreed boundaries, and set the purpose and boundaries of each peer relationship together with the person they support; peer training material says the same. Agreement is with people, so a role’s positions start as the team’s proposal, which the post-holder agrees once in post; that order is this tool’s reading of the sources, not theirs.',
    fix: 'Read the position, change it if needed, and mark it Proposed: the team’s starting position until the post-holder agrees it.',
    check(f, out) {
      const bs = f.doc.boundaries;
      for (let i = 0; i < bs.length; i++) {
        const b = bs[i]!;
        if (b.status !== undefined && b.status !== 'not-started') continue;
        if (!filled(b.position)) continue;
        out.add(
          `The boundary on ${boundaryName(b)} is written but not yet proposed. Boundaries are agreed with people: first the team proposes the role’s position, then the post-holder agrees it, and with each person they support they agree the boundaries of that relationship.`,
          { path: 'boundaries[].status', index: i, itemId: b.id },
        );
      }
    },
  }),
  defineRule({
    id: 'R68',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Boundary agreed without saying with whom or when',
    summary: `Flags boundaries marked agreed that do not record who agreed them or on what date, so no one can tell whether the post-holder was part of it, and those whose date of agreement is still to come. ${HEURISTIC.check}`,
    fix: 'Record who agreed the boundary (for example the post-holder and their supervisor) and the date.',
    check(f, out) {
      const bs = f.doc.boundaries;
      for (let i = 0; i < bs.length; i++) {
        const b = bs[i]!;
        if (b.status !== 'agreed') continue;
        const who = filled(b.agreedWith), when = b.agreedOn !== undefined;
        if (who && when && b.agreedOn! > f.policy.today) {
          out.add(`The boundary on ${boundaryName(b)} is marked agreed on ${formatDate(b.agreedOn!)}, which has not come yet. ${HEURISTIC.check}`, {
            path: 'boundaries[].agreedOn',
            index: i,
            itemId: b.id,
          }, 'Mark the boundary proposed until it is agreed, or correct the date.');
          continue;
        }
        if (who && when) continue;
        const missing = !who && !when ? 'with whom or when' : !who ? 'with whom' : 'when';
        out.add(`The boundary on ${boundaryName(b)} is marked agreed, but does not say ${missing}. ${HEURISTIC.check}`, {
          path: who ? 'boundaries[].agreedOn' : 'boundaries[].agreedWith',
          index: i,
          itemId: b.id,
        });
      }
    },
  }),
  defineRule({
    id: 'R69',
    themes: ['T1'],
    severity: 'info',
    basis: 'heuristic',
    sources: [],
    title: 'Proposed boundaries to agree with the post-holder',
    summary: `Notes boundaries that are the team’s proposals: once someone is appointed, agree each with them and their supervisor in their first weeks in post, as part of the role’s review, and record with whom and when. ${HEURISTIC.judgement}`,
    fix: 'In the post-holder’s first weeks, go through the proposed boundaries with them and their supervisor; mark each Agreed with who agreed it and the date, or change it.',
    check(f, out) {
      const n = f.proposedBoundaries;
      if (n === 0) return;
      const review = f.doc.meta.reviewDate;
      out.add(
        `${n === 1 ? 'One boundary is' : `${n} boundaries are`} the team’s proposal${n === 1 ? '' : 's'}. Agree ${n === 1 ? 'it' : 'them'} with the post-holder in their first weeks in post${review ? `, by the role’s review on ${review} at the latest` : ', as part of the role’s review'}. ${HEURISTIC.judgement}`,
        { path: 'boundaries' },
      );
    },
  }),
  defineRule({
    id: 'R06',
    themes: ['T1'],
    severity: 'info',
    basis: 'heuristic',
    sources: [],
    title: 'Boundary without a rationale',
    summary: `Notes boundaries whose position does not say why: a reason helps the team and the post-holder apply it in situations it did not foresee. ${HEURISTIC.judgement}`,
    fix: 'Add a sentence on why the boundary is drawn where it is.',
    check(f, out) {
      const bs = f.doc.boundaries;
      for (let i = 0; i < bs.length; i++) {
        const b = bs[i]!;
        if (b.status === 'not-applicable' || !filled(b.position) || filled(b.rationale)) continue;
        out.add(`The boundary on ${boundaryName(b)} does not say why it is drawn where it is. ${HEURISTIC.judgement}`, {
          path: 'boundaries[].rationale',
          index: i,
          itemId: b.id,
        });
      }
    },
  }),
  defineRule({
    id: 'R26',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: ['S67', 'S31-k'],
    title: 'Lone working without safety arrangements',
    summary: `Flags a role that involves lone working — said so, or likely from a community setting — with no safety arrangements and no lone-working boundary. No peer-specific guidance was found; the elements come from generic lone-working policy. ${HEURISTIC.judgement}`,
    fix: 'Describe the lone-working arrangements (risk assessment, a check-in or buddy system, what happens when a check-in is missed), or state that the post-holder does not work alone.',
    check(f, out) {
      const doc = f.doc;
      const lw = doc.employment.loneWorking;
      const expected = lw?.expected;
      if (expected === false || filled(lw?.arrangements)) return;
      const boundary = f.boundaryByTopic.get('lone-working');
      if (boundary && filled(boundary.boundary.position)) return;
      const setting = doc.context.setting;
      if (expected === true) {
        out.add(`The role involves lone working, but no safety arrangements are written down. ${HEURISTIC.judgement}`, { path: 'employment.loneWorking.arrangements' });
      } else if (setting !== undefined && LONE_WORKING_LIKELY_SETTINGS.has(setting)) {
        out.add(
          `Work in the ${SETTING_NAMES[setting]} setting often means working alone (home visits, outreach), but the role does not say how the post-holder is kept safe. ${HEURISTIC.judgement}`,
          { path: 'employment.loneWorking.arrangements' },
        );
      }
    },
  }),
  defineRule({
    id: 'R51',
    themes: ['T4'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S37', 'S31-g'],
    title: 'No boundary on clinical tasks',
    summary: 'Notes a role with no boundary on clinical tasks. Peer roles are generally non-clinical (one trust states its peer workers are not clinically trained), yet adverts still ask them for ward tasks; a clear position protects the role.',
    fix: 'Add a boundary on clinical tasks saying which tasks the post-holder does not do and whom the team asks instead.',
    check(f, out) {
      if (!f.boundaryByTopic.has('clinical-tasks')) {
        out.add('There is no boundary on clinical tasks. Peer roles are generally non-clinical, and a clear position stops the team asking them for ward tasks.', {
          path: 'boundaries',
          topic: 'clinical-tasks',
        });
      }
    },
  }),
  defineRule({
    id: 'R52',
    themes: ['T4'],
    severity: 'info',
    basis: 'heuristic',
    sources: ['S1'],
    title: 'No boundary on covering staffing gaps',
    summary: `Notes a role with no boundary on covering staffing gaps. ${HEURISTIC.judgement} Being used to fill gaps is not a confirmed finding of the study, but it fits its theme of tension between peer work and health-system structures.`,
    fix: 'Add a boundary on covering staffing gaps: whether the post-holder is ever counted in the staffing numbers, and who decides.',
    check(f, out) {
      if (!f.boundaryByTopic.has('staffing-cover')) {
        out.add(`There is no boundary on covering staffing gaps, so nothing stops a busy team counting the post-holder in its numbers. ${HEURISTIC.judgement}`, {
          path: 'boundaries',
          topic: 'staffing-cover',
        });
      }
    },
  }),
];
