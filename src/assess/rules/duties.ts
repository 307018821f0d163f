/**
 * Rules on the role basics and its duties: the structure (core duties), the bounded flexibility,
 * the exclusions and drift into non-peer work (themes T1 and T4). The rules that check duties one
 * by one go through `out.eachItem`: a duty the previous assessment checked at the same place keeps
 * its findings without being checked again (see `Sink.eachItem` in ./rule.ts).
 */
import type { Duty } from '../../model/schema.js';
import { filled } from '../facts.js';
import { defineRule, HEURISTIC, itemName, pct } from './rule.js';

const kindName = (d: Duty) => (d.kind === 'core' ? 'core' : d.kind === 'flexible' ? 'flexible' : 'excluded');

export const dutyRules = [
  defineRule({
    id: 'R01',
    themes: ['T1'],
    severity: 'warning',
    basis: 'study',
    sources: ['S1', 'S4'],
    title: 'No flexible duties',
    summary:
      'Checks that at least one duty is flexible. The study found peer roles need flexibility as well as structure; a role made only of fixed duties leaves no room to shape support around the person.',
    fix: 'Add at least one flexible duty (for example one-to-one work shaped by what the person wants), with a limit on its time and a review interval.',
    check(f, out) {
      if (f.flexibleCount === 0) {
        out.add(
          'No duty is marked flexible, so the role leaves no room to shape support around each person. The study found peer roles need flexibility as well as structure.',
          { path: 'duties' },
        );
      }
    },
  }),
  defineRule({
    id: 'R02',
    themes: ['T1'],
    severity: 'error',
    basis: 'study',
    sources: ['S1', 'S10', 'S12'],
    title: 'No core duties',
    summary:
      'Checks that the role sets out the duties the post-holder always does. The study found peer roles need some structure; role clarity was the main concern in one trust’s review of its peer workers, and ImROC links it closely to whether peer roles succeed.',
    fix: 'Add the duties the post-holder always does (for example one-to-one peer support, co-facilitating groups) and mark them Core.',
    check(f, out) {
      if (f.coreCount === 0) {
        out.add(
          'No duty is marked core, so the role has no fixed structure. Without it, the team and the post-holder are left to guess what the job is. The study found peer roles need some structure.',
          { path: 'duties' },
        );
      }
    },
  }),
  defineRule({
    id: 'R29',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: ['S10', 'S12'],
    title: 'Fewer core duties than the organisation expects',
    summary: `Flags a role with some, but fewer than the policy's minimum number of, core duties (default 3). ${HEURISTIC.threshold}`,
    fix: 'Split broad duties, or add the other things the post-holder always does, and mark them Core.',
    check(f, out) {
      const min = f.policy.minCoreDuties;
      if (f.coreCount > 0 && f.coreCount < min) {
        out.add(
          `Only ${f.coreCount} core ${f.coreCount === 1 ? 'duty is' : 'duties are'} set out; your policy expects at least ${min}, so the fixed part of the role may be too thin to guide the team. ${HEURISTIC.threshold}`,
          { path: 'duties' },
        );
      }
    },
  }),
  defineRule({
    id: 'R03',
    themes: ['T1'],
    severity: 'warning',
    basis: 'study',
    sources: ['S1'],
    title: 'Flexible duty without a limit',
    summary:
      'Flags flexible duties with neither a maximum share of time nor bounds in words. The study found peer roles need flexibility with some structure and boundaries; asking each flexible duty for a limit is this tool’s way of applying that, not something the study prescribes.',
    fix: 'Give the duty a maximum share of contracted time, or describe its bounds in words.',
    check(f, out) {
      out.eachItem(f.doc.duties, (d, i) => {
        if (d.kind !== 'flexible') return;
        const fx = d.flexibility;
        if (fx && (fx.maxShare !== undefined || filled(fx.bounds))) return;
        out.add(
          `The flexible duty ${itemName(d.title, i)} has no limit: neither a maximum share of time nor bounds in words. The study asks for flexibility with some structure; a limit on each flexible duty is how this tool applies that.`,
          { path: 'duties[].flexibility.maxShare', index: i, itemId: d.id },
        );
      });
    },
  }),
  defineRule({
    id: 'R30',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Flexible duty never reviewed',
    summary: `Flags flexible duties with no review interval. No source speaks of reviewing flexible duties; looking now and then at how the flexibility is used is this tool’s way of keeping it bounded. ${HEURISTIC.judgement}`,
    fix: 'Set how often (in weeks) the use of this duty is reviewed, for example in supervision. No source gives an interval: the 12 weeks the templates use is this tool’s suggestion.',
    check(f, out) {
      out.eachItem(f.doc.duties, (d, i) => {
        if (d.kind !== 'flexible' || d.flexibility?.reviewEveryWeeks !== undefined) return;
        out.add(`The flexible duty ${itemName(d.title, i)} has no review interval, so nobody is set to look at how its flexibility is being used. ${HEURISTIC.judgement}`, {
          path: 'duties[].flexibility.reviewEveryWeeks',
          index: i,
          itemId: d.id,
        });
      });
    },
  }),
  defineRule({
    id: 'R31',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Flexible duty with nobody to agree it',
    summary: `Flags flexible duties that do not name who agrees how they are used. Naming who agrees it is this tool’s way of giving a flexible duty some structure; no source says who should agree flexible duties. ${HEURISTIC.judgement}`,
    fix: 'Name who agrees how the duty is used, for example the peer support worker with their supervisor.',
    check(f, out) {
      out.eachItem(f.doc.duties, (d, i) => {
        if (d.kind !== 'flexible') return;
        const who = d.flexibility?.agreedWith;
        if (who && who.some((w) => filled(w))) return;
        out.add(
          `Nobody is named to agree how the flexible duty ${itemName(d.title, i)} is used, so it is unclear who decides. ${HEURISTIC.judgement}`,
          { path: 'duties[].flexibility.agreedWith', index: i, itemId: d.id },
        );
      });
    },
  }),
  defineRule({
    id: 'R32',
    themes: ['T1'],
    severity: 'error',
    basis: 'heuristic',
    sources: [],
    title: 'Flexible duty above its own maximum share',
    summary: `Flags a flexible duty whose time share is larger than its maximum share. ${HEURISTIC.check}`,
    fix: "Lower the duty's time share, or raise its maximum share, so the share is within the cap.",
    check(f, out) {
      out.eachItem(f.doc.duties, (d, i) => {
        const max = d.flexibility?.maxShare;
        if (d.kind !== 'flexible' || d.timeShare === undefined || max === undefined || d.timeShare <= max) return;
        out.add(
          `The flexible duty ${itemName(d.title, i)} is given ${pct(d.timeShare)} of contracted time, but its maximum share is ${pct(max)}. ${HEURISTIC.check}`,
          { path: 'duties[].timeShare', index: i, itemId: d.id },
        );
      });
    },
  }),
  defineRule({
    id: 'R36',
    themes: ['T1'],
    severity: 'error',
    basis: 'heuristic',
    sources: [],
    title: 'Duty without a title',
    summary: `Flags duties with an empty title: they cannot appear in the job description. ${HEURISTIC.check}`,
    fix: 'Give the duty a short title, or remove it.',
    check(f, out) {
      out.eachItem(f.doc.duties, (d, i) => {
        if (filled(d.title)) return;
        out.add(`The ${kindName(d)} duty number ${i + 1} has no title, so it cannot appear in the job description. ${HEURISTIC.check}`, {
          path: 'duties[].title',
          index: i,
          itemId: d.id,
        });
      });
    },
  }),
  defineRule({
    id: 'R37',
    themes: ['T1'],
    severity: 'error',
    basis: 'heuristic',
    sources: [],
    title: 'Time shares add up to more than 100%',
    summary: `Flags duties whose time shares together exceed 100% of contracted hours. ${HEURISTIC.check}`,
    fix: 'Reduce the time shares so that together they come to 100% or less.',
    check(f, out) {
      if (f.balance.overAllocated) {
        // The balance's total, to two decimal places as it shows the shares: 100.01 is over, and says so.
        out.add(`The time shares on duties add up to ${f.balance.total}% of contracted hours, more than 100%. ${HEURISTIC.check}`, {
          path: 'duties',
        });
      }
    },
  }),
  defineRule({
    id: 'R40',
    themes: ['T1'],
    severity: 'info',
    basis: 'heuristic',
    sources: [],
    title: 'No time shares on duties',
    summary: `Notes a role whose core and flexible duties declare no share of contracted time, so the balance between structure and flexibility cannot be judged. ${HEURISTIC.judgement}`,
    fix: 'Give each core and flexible duty its share of contracted hours, in percent.',
    check(f, out) {
      if (f.coreCount + f.flexibleCount > 0 && f.balance.verdict === 'unknown') {
        out.add(
          `None of the core or flexible duties says how much of the contracted time it takes, so the balance between structure and flexibility cannot be judged. ${HEURISTIC.judgement}`,
          { path: 'duties' },
        );
      }
    },
  }),
  defineRule({
    id: 'R41',
    themes: ['T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Balance of core and flexible time outside the expected range',
    summary: `Flags a role whose declared time is too rigid (little flexible time) or too loose (much flexible time, or little core time), by the policy's balance thresholds. ${HEURISTIC.threshold}`,
    fix: 'Rebalance the time shares of core and flexible duties.',
    check(f, out) {
      const b = f.balance;
      const t = f.policy.balance;
      if (b.verdict === 'too-rigid') {
        out.add(
          `Only ${pct(b.flexible)} of contracted time is on flexible duties (your policy expects at least ${pct(t.tooRigidFlexibleBelow)}), so the role may be too rigid to shape support around each person. ${HEURISTIC.threshold}`,
          { path: 'duties' },
          'Turn part of a core duty into a bounded flexible duty, or give an existing flexible duty more time.',
        );
      } else if (b.verdict === 'too-loose') {
        const why =
          b.flexible > t.tooLooseFlexibleAbove
            ? `${pct(b.flexible)} of contracted time is on flexible duties (your policy allows at most ${pct(t.tooLooseFlexibleAbove)})`
            : `only ${pct(b.core)} of contracted time is on core duties (your policy expects at least ${pct(t.tooLooseCoreBelow)})`;
        out.add(
          `${why[0]!.toUpperCase()}${why.slice(1)}, so the role may be too loose for the team to know what to expect of it. ${HEURISTIC.threshold}`,
          { path: 'duties' },
          'Give more of the contracted time to core duties, or lower the shares of flexible duties.',
        );
      }
    },
  }),
  defineRule({
    id: 'R63',
    themes: ['T1'],
    severity: 'info',
    basis: 'heuristic',
    sources: [],
    title: 'Core duty without a description',
    summary: `Notes core duties with no description: applicants and job evaluation panels need to know what each one involves. ${HEURISTIC.judgement}`,
    fix: 'Describe the duty in a sentence or two: what the post-holder does, with whom and how often.',
    check(f, out) {
      if (f.coreWithoutDescription === 0) return;
      out.eachItem(f.doc.duties, (d, i) => {
        if (d.kind !== 'core' || filled(d.description)) return;
        out.add(`The core duty ${itemName(d.title, i)} has no description of what it involves. ${HEURISTIC.judgement}`, {
          path: 'duties[].description',
          index: i,
          itemId: d.id,
        });
      });
    },
  }),
  defineRule({
    id: 'R07',
    themes: ['T4'],
    severity: 'warning',
    basis: 'evidence',
    sources: ['S4', 'S24', 'S31-g', 'S36', 'S37'],
    title: 'Duty drifts into clinical, ward or admin work',
    summary:
      "Flags core and flexible duties that give the post-holder a clinical or generic ward task (carrying out observations, physical health checks, mealtime supervision, medication, restraint, care coordination) or the team's admin. It looks for the task, not the topic: spending time with people who are on close observations is peer work, carrying out the observations is not. Real adverts still ask peer workers for such tasks; most peer workers work non-clinically; the apprenticeship standard grounds peer work in a non-coercive approach, which restraint is not.",
    fix: 'If the post-holder should not do this, mark the duty Excluded and say why. If it is peer work described in clinical words, reword it to say what the peer support worker does.',
    check(f, out) {
      for (const d of f.drift) {
        if (d.match.category === 'staffing-cover') continue;
        out.add(
          `The ${kindName(d.duty)} duty ${itemName(d.duty.title, d.index)} describes ${d.match.label} (“${d.match.phrase}”). That is clinical, ward or team admin work rather than peer support, and it draws the role away from what makes it peer work.`,
          { path: d.field === 'title' ? 'duties[].title' : 'duties[].description', index: d.index, itemId: d.duty.id },
          `Mark the duty Excluded with a reason if the post-holder should not do ${d.match.label}; if it is peer work, reword it to say what the peer support worker does (for example “supporting people to attend physical health appointments” rather than “physical health checks”).`,
        );
      }
    },
  }),
  defineRule({
    id: 'R08',
    themes: ['T4', 'T3'],
    severity: 'warning',
    basis: 'heuristic',
    sources: ['S1'],
    title: 'Duty covers staffing gaps',
    summary: `Flags core and flexible duties that count the post-holder in the staffing numbers or use them to cover gaps in the rota. ${HEURISTIC.judgement} Being used to fill gaps is not a confirmed finding of the study, but it fits its theme of tension between peer work and health-system structures.`,
    fix: 'Take staffing cover out of the role, or mark the duty Excluded with the reason, and agree a boundary on covering staffing gaps with the team.',
    check(f, out) {
      for (const d of f.drift) {
        if (d.match.category !== 'staffing-cover') continue;
        out.add(
          `The ${kindName(d.duty)} duty ${itemName(d.duty.title, d.index)} mentions ${d.match.label} (“${d.match.phrase}”). A peer support worker who is counted in the staffing numbers is drawn away from peer work. ${HEURISTIC.judgement}`,
          { path: d.field === 'title' ? 'duties[].title' : 'duties[].description', index: d.index, itemId: d.duty.id },
        );
      }
    },
  }),
  defineRule({
    id: 'R38',
    themes: ['T4'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Excluded duty without a reason',
    summary: `Flags excluded duties that do not say why they are excluded; the reason is what helps a team accept the limit. ${HEURISTIC.judgement}`,
    fix: 'Add a reason, for example “not a peer support task: peer workers are not clinically trained”.',
    check(f, out) {
      if (f.excludedCount === f.excludedWithReason) return;
      out.eachItem(f.doc.duties, (d, i) => {
        if (d.kind !== 'excluded' || filled(d.exclusionReason)) return;
        out.add(`The excluded duty ${itemName(d.title, i)} gives no reason for being excluded. ${HEURISTIC.judgement}`, {
          path: 'duties[].exclusionReason',
          index: i,
          itemId: d.id,
        });
      });
    },
  }),
  defineRule({
    id: 'R39',
    themes: ['T4', 'T1'],
    severity: 'warning',
    basis: 'heuristic',
    sources: [],
    title: 'Excluded duty given a share of time',
    summary: `Flags excluded duties with a time share above 0%: they are not part of the role, so they should take none (the balance shows such time under “excluded”). ${HEURISTIC.check}`,
    fix: 'Set its time share to 0, or make it a core or flexible duty if the post-holder really does it.',
    check(f, out) {
      if (f.time.excluded <= 0) return;
      out.eachItem(f.doc.duties, (d, i) => {
        if (d.kind !== 'excluded' || !(d.timeShare! > 0)) return;
        out.add(
          `The excluded duty ${itemName(d.title, i)} is given ${pct(d.timeShare!)} of contracted time, yet it is not part of the role. ${HEURISTIC.check}`,
          { path: 'duties[].timeShare', index: i, itemId: d.id },
        );
      });
    },
  }),
  defineRule({
    id: 'R53',
    themes: ['T4'],
    severity: 'info',
    basis: 'evidence',
    sources: ['S37', 'S31-g', 'S36'],
    title: 'No excluded duties',
    summary:
      'Notes a role that names no excluded duties. Saying what the role does not include (clinical observations, medication, the team’s admin) protects it from drifting into non-peer work.',
    fix: 'Add the tasks the post-holder will not do as Excluded duties, each with a reason.',
    check(f, out) {
      if (f.excludedCount === 0 && f.coreCount + f.flexibleCount > 0) {
        out.add(
          'No duty is marked excluded. Naming what the role does not include (for example clinical observations, handling medication or the team’s admin) protects it from drifting into non-peer work.',
          { path: 'duties' },
        );
      }
    },
  }),
];
