/**
 * The `psw:` extension terms of the JobPosting export (`toJobPosting(doc, { extensions: true })`): the
 * parts of a role schema.org has no terms for, as `psw:`-prefixed properties and nodes.
 */
import type { RoleDocument } from '../model/schema.js';
import { boundaryName } from './jd-model.js';
import { flag, line, psw, text, type LooseNode } from './json-ld.js';

export function extensionTerms(doc: RoleDocument): LooseNode {
  const { role, employment, supervision, training, team, leadership, progression, wellbeing } = doc;
  const f = employment.funding;
  return {
    'psw:roleLevel': role.level,
    'psw:setting': doc.context.setting,
    'psw:frameworkRef': role.frameworkRefs?.map(line),
    'psw:autonomy': text(role.autonomy),
    'psw:involvementRequestCap': role.involvementRequestCap,
    'psw:duty': doc.duties.map((d) => psw('Duty', {
      name: line(d.title),
      description: text(d.description),
      dutyKind: d.kind,
      timeShare: d.timeShare,
      maxShare: d.flexibility?.maxShare,
      bounds: text(d.flexibility?.bounds),
      agreedWith: d.flexibility?.agreedWith?.map(line),
      reviewEveryWeeks: d.flexibility?.reviewEveryWeeks,
      exclusionReason: text(d.exclusionReason),
    })),
    'psw:boundary': doc.boundaries.map((b) => psw('Boundary', {
      name: boundaryName(b),
      topic: b.topic,
      position: text(b.position),
      rationale: text(b.rationale),
      mode: b.mode,
      escalation: text(b.escalation),
      status: b.status,
      notApplicableReason: text(b.notApplicableReason),
    })),
    'psw:supervision': supervision.arrangements.map((a) => psw('SupervisionArrangement', {
      supervisionType: a.type,
      providerRole: line(a.providerRole),
      providerHasPeerBackground: flag(a.providerHasPeerBackground),
      providerTrainedInPeerSupervision: flag(a.providerTrainedInPeerSupervision),
      format: a.format,
      sessionsPerPeriod: a.frequency?.count,
      period: a.frequency?.per,
      durationMinutes: a.durationMinutes,
      focus: a.focus?.map(line),
      protectedTime: flag(a.protectedTime),
    })),
    'psw:supervisionCover': text(supervision.cover),
    'psw:training': psw('TrainingPlan', {
      induction: text(training.induction),
      mandatory: text(training.mandatory),
      development: text(training.development),
      peerSpecificTraining: training.peerSpecific.map((t) => psw('TrainingItem', {
        name: line(t.title),
        competenceDomain: t.competenceDomains,
        hours: t.hours,
      })),
    }),
    'psw:team': psw('Team', {
      briefingBeforeStart: flag(team.briefingBeforeStart),
      briefingCoDeliveredByPeer: flag(team.briefingCoDeliveredByPeer),
      otherPeerWorkers: team.otherPeerWorkers,
      peerNetwork: flag(team.peerNetwork),
      attendsTeamMeetings: flag(team.attendsTeamMeetings),
    }),
    'psw:leadership': psw('Leadership', {
      namedSponsor: line(leadership.namedSponsor),
      peerLeadInOrganisation: flag(leadership.peerLeadInOrganisation),
      peerVoiceForum: flag(leadership.peerVoiceForum),
    }),
    'psw:funding': f && psw('Funding', {
      source: text(f.source),
      termMonths: f.termMonths,
      endDate: f.endDate,
      exitPlan: text(f.exitPlan),
      recurrent: flag(f.recurrent),
    }),
    'psw:contractType': employment.contractType,
    'psw:fixedTermMonths': employment.fixedTermMonths,
    'psw:payScheme': employment.payScheme,
    'psw:band': line(employment.band),
    'psw:payTableYear': employment.payTableYear,
    'psw:loneWorking': employment.loneWorking && psw('LoneWorking', {
      expected: flag(employment.loneWorking.expected),
      arrangements: text(employment.loneWorking.arrangements),
    }),
    'psw:dbsFeePaidBy': employment.dbs?.feePaidBy,
    'psw:dbsReason': text(employment.dbs?.reason),
    'psw:policeVetting': employment.policeVetting && psw('PoliceVetting', {
      required: flag(employment.policeVetting.required),
      reason: text(employment.policeVetting.reason),
    }),
    'psw:unsocialHours': flag(employment.unsocialHours),
    'psw:apprenticeship': employment.apprenticeship && psw('Apprenticeship', {
      standard: line(employment.apprenticeship.standard),
      durationMonths: employment.apprenticeship.durationMonths,
      offTheJobShare: employment.apprenticeship.offTheJobShare,
      provider: line(employment.apprenticeship.provider),
    }),
    'psw:recruitment': psw('Recruitment', {
      livedExperienceBasis: doc.recruitment.livedExperienceBasis,
      healthQuestionsBeforeOffer: flag(doc.recruitment.healthQuestionsBeforeOffer),
      adjustmentsOffered: flag(doc.recruitment.adjustmentsOffered),
      accessibleSteps: doc.recruitment.accessibleSteps,
      convictionsApproach: doc.recruitment.convictionsApproach,
      convictionsStatement: text(doc.recruitment.convictionsStatement),
    }),
    'psw:progressionStep': progression.steps.map((s) => psw('ProgressionStep', {
      name: line(s.title),
      band: line(s.band),
      criteria: text(s.criteria),
    })),
    'psw:wellbeing': psw('Wellbeing', {
      wellnessPlanOffered: flag(wellbeing.wellnessPlanOffered),
      adjustmentsProcess: flag(wellbeing.adjustmentsProcess),
      accessToWorkSignposted: flag(wellbeing.accessToWorkSignposted),
    }),
  };
}
