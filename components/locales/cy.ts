/**
 * psw-role-kit/locales/cy: Welsh (Cymraeg) strings, a partial locale that proves the localisation
 * mechanism. Importing this module (or loading `psw-role-kit/cdn/locales/cy.js` beside the bundle)
 * registers the strings; elements whose `lang` (their own, an ancestor's or `<html lang>`) is `cy`
 * or `cy-GB` then show them, and every string not translated here falls back to English.
 *
 * Covered: the strings every element shares (severity, evidence basis, themes, "Go to the field"),
 * the document status line, what every editor says about a number field that holds no number,
 * where a value came from and a template's suggestion to confirm (the editor kit), and every string
 * of the boundary checklist. Not covered: the balance picture's words, the other elements, and content that comes from the core
 * (catalogue names and explanations, assessment messages, templates), which is English only.
 *
 * REVIEW NEEDED: these translations were written by the toolkit's developers, not by a native
 * Welsh speaker or a professional translator. Have them reviewed before relying on them.
 */
import { registerStrings, type Translation } from '../base/localize.js';
import type { CommonStrings } from '../base/strings.js';
import { EDIT_AREA, type EditStrings } from '../base/editor-kit/strings.js';
import { DOCUMENT_AREA, type DocumentStrings } from '../document-runtime/strings.js';
import { BOUNDARY_AREA, type BoundaryStrings } from '../boundary-checklist/strings.js';

export const LANG = 'cy';

export const cyCommon: Translation<CommonStrings> = {
  severityError: 'Rhaid cywiro',
  severityWarning: 'Gwirio',
  severityInfo: 'Ystyried',
  basisStudy: 'Canfyddiad yr astudiaeth',
  basisEvidence: 'Tystiolaeth arall',
  basisHeuristic: 'Rheol fras yr offeryn',
  basisStudyHint: 'Wedi’i nodi yn astudiaeth 2025 o 35 o weithwyr cymorth cymheiriaid (Foye et al.)',
  basisEvidenceHint: 'O ffynhonnell arall a enwir, nid astudiaeth 2025',
  basisHeuristicHint: 'Rhagosodiad yr offeryn hwn heb dystiolaeth y tu ôl iddo; gall eich sefydliad osod ei un ei hun',
  fix: 'Sut i’w gywiro',
  sources: 'Ffynonellau',
  goToField: 'Ewch i’r maes',
  themeT1: 'T1 Hyblygrwydd gyda strwythur a ffiniau',
  themeT2: 'T2 Goruchwyliaeth a hyfforddiant ar gyfer gwaith cymheiriaid',
  themeT3: 'T3 Tîm ac arweinwyr sy’n gwerthfawrogi gweithwyr cymheiriaid',
  themeT4: 'T4 Gwaith cymheiriaid o fewn strwythurau’r system iechyd',
  themeT5: 'T5 Cyllid, cyflog a dilyniant',
  notSet: 'Heb ei osod',
  yes: 'Ie',
  no: 'Na',
};

export const cyDocument: Translation<DocumentStrings> = {
  statusNew: 'Drafft newydd. Mae eich gwaith yn cael ei gadw yn y porwr hwn wrth i chi fynd.',
  statusRestored: (time) => `Mae eich gwaith o ${time} wedi’i adfer o’r porwr hwn.`,
  statusRestoredNoTime: 'Mae eich gwaith cynharach wedi’i adfer o’r porwr hwn.',
  statusSaving: 'Yn cadw yn y porwr hwn…',
  statusSaved: (time) => `Wedi’i gadw yn y porwr hwn am ${time}.`,
  statusSavedNoTime: 'Wedi’i gadw yn y porwr hwn.',
  statusMemoryOnly: 'Caiff newidiadau eu cadw tra bo’r dudalen hon ar agor. Allforiwch eich gwaith i gadw copi.',
  statusStorageFull:
    'Does dim lle ar ôl yn y porwr hwn i gadw eich gwaith. Gallwch barhau, ond allforiwch eich gwaith cyn cau’r dudalen.',
  statusStorageUnavailable:
    'Nid yw’r porwr hwn yn gadael i’r dudalen gadw eich gwaith (efallai fod storio wedi’i ddiffodd). Gallwch barhau, ond allforiwch eich gwaith cyn cau’r dudalen.',
  statusOtherTab:
    'Mae’r rôl hon wedi’i newid mewn tab neu ffenestr arall. Ni chaiff dim ei gadw yma nes i chi ddewis pa fersiwn i’w chadw.',
  statusReadonly: 'Darllen yn unig: does dim modd newid y rôl hon yma.',
  loadTheirs: 'Llwytho fersiwn y tab arall',
  keepMine: 'Cadw fy fersiwn i',
  refusedReadonly: 'Mae’r rôl hon yn ddarllen yn unig, felly does dim modd ei newid yma.',
  libraryUnreachable:
    'Nid oedd modd cyrraedd llyfrgell y rolau, felly nid oedd modd agor y rôl: drafft gwag yw hwn, nid rôl y llyfrgell. Ail-lwythwch y dudalen i roi cynnig arall arni.',
  invalidRequired: (first) => `Nid yw’r rôl yn barod eto: ${first}`,
  organisationInvalid: 'Nid yw proffil y sefydliad yn ddilys, felly nid yw’n cael ei ddefnyddio. Ni chollir dim o’r rôl.',
  organisationUnreachable: 'Nid oedd modd llwytho proffil y sefydliad, felly nid yw’n cael ei ddefnyddio. Ni chollir dim o’r rôl.',
  statusKeptAside:
    'Nid oedd modd darllen gwaith a gadwyd yn gynharach yn y porwr hwn, felly mae wedi’i roi o’r neilltu (nid wedi’i ddileu) ac rydych yn dechrau o ddrafft newydd. Caiff gwaith newydd ei gadw fel arfer.',
  refusedNoDocument: 'Nid yw’r rhan hon o’r dudalen wedi’i chysylltu â dogfen rôl eto.',
  invalidChecking: 'Mae’r rôl yn dal i gael ei gwirio. Rhowch gynnig arall arni mewn munud.',
};

export const cyEdit: Translation<EditStrings> = {
  enterNumber: 'Rhowch rif, er enghraifft 20.',
  heldIn: (field, message) => `${field}: ${message}`,
  fromProfile: (organisation, asOf) => `O broffil ${organisation} (cadarnhawyd ${asOf}).`,
  setForPost: (answer) => `Wedi’i osod ar gyfer y swydd hon — ateb y sefydliad yw ${answer}.`,
  useOrganisation: 'Defnyddio ateb y sefydliad',
  answerYes: 'ie',
  answerNo: 'na',
  suggestedByTemplate: 'Awgrym y templed: gwiriwch ef ar gyfer y swydd hon, yna cadarnhewch ef neu ei newid.',
  suggestedListByTemplate: 'Awgrym y templed: gwiriwch ef ar gyfer y swydd hon a newidiwch yr hyn sy’n wahanol, yna cadarnhewch ef.',
  suggestedReadonly: 'Awgrym y templed, heb ei gadarnhau eto.',
  confirmSuggestion: 'Cadarnhau',
  confirmSuggestionLabel: (field) => `Cadarnhau ${field}`,
};

export const cyBoundaries: Translation<BoundaryStrings> = {
  heading: 'Ffiniau',
  intro:
    'Cytunwch ble mae terfynau’r rôl, fesul pwnc, gyda’r gweithiwr cymorth cymheiriaid a’i oruchwyliwr. Mae pob pwnc yn dweud pam ei fod yn bwysig ac o ble daw’r cyngor.',
  progress: (agreed, total) => `${agreed} o ${total} wedi’u cytuno`,
  progressNotApplicable: (n) => `${n} ddim yn berthnasol`,
  progressComplete: 'Mae pob pwnc wedi’i gytuno neu wedi’i nodi’n amherthnasol.',
  progressLabel: 'Pynciau wedi’u cytuno neu ddim yn berthnasol',
  filterLegend: 'Dangos',
  filterAll: (n) => `Pob pwnc (${n})`,
  filterToAgree: (n) => `I’w cytuno eto (${n})`,
  filterDone: (n) => `Wedi’u cytuno neu ddim yn berthnasol (${n})`,
  whyItMatters: 'Pam mae’n bwysig',
  sources: 'Ffynonellau',
  showDetails: 'Dangos manylion',
  hideDetails: 'Cuddio manylion',
  statusLegend: 'Statws',
  statusNotStarted: 'Heb ddechrau',
  statusAgreed: 'Cytunwyd',
  statusNotApplicable: 'Ddim yn berthnasol',
  reasonLabel: 'Y rheswm nad yw’n berthnasol',
  positionLabel: 'Safbwynt',
  rationaleLabel: 'Rhesymeg',
  modeLegend: 'Sut mae’r ffin yn cael ei chadw',
  modeFixed: 'Sefydlog',
  modeNegotiable: 'Gellir ei thrafod o fewn terfynau',
  modeCaseByCase: 'Penderfynir fesul achos mewn goruchwyliaeth',
  escalationLabel: 'At bwy i fynd / sut i uwchgyfeirio',
  nothingWritten: 'Dim wedi’i ysgrifennu eto.',
  customHeading: 'Eich pynciau eich hun',
  addCustom: 'Ychwanegu pwnc arall',
  progressProposed: (n) => (n === 1 ? '1 wedi’i gynnig' : `${n} wedi’u cynnig`),
  progressToPropose: (n) => (n === 1 ? '1 heb ei gynnig eto' : `${n} heb eu cynnig eto`),
  progressAllProposed:
    'Mae gan bob pwnc gynnig y tîm neu mae wedi’i setlo: cytunwch y cynigion gyda deiliad y swydd unwaith y caiff ei benodi.',
  filterHint: 'Mae pynciau’n aros yn y golwg tra byddwch yn gweithio arnynt; dewiswch eto i adnewyddu’r rhestr.',
  filterEmptyToAgree: 'Does dim ar ôl i’w gytuno yn y rhestr hon.',
  filterEmptyDone: 'Does dim pwnc wedi’i gytuno na’i nodi’n amherthnasol eto.',
  sectionFindings: 'Am y ffiniau i gyd',
  proposeWritten: (n) => (n === 1 ? 'Nodi’r safbwynt ysgrifenedig fel un a gynigiwyd' : `Nodi’r ${n} safbwynt ysgrifenedig fel rhai a gynigiwyd`),
  proposeWrittenHint:
    'Mae’n nodi pob pwnc sydd â safbwynt wedi’i ysgrifennu ac sy’n dal Heb ddechrau fel Cynigiwyd: man cychwyn y tîm cyn i neb gael ei benodi. Darllenwch y safbwyntiau yn gyntaf; mae modd newid pob un o hyd, a chaiff ei gytuno gyda deiliad y swydd yn ei wythnosau cyntaf.',
  proposeWrittenLabel: 'Nodi safbwyntiau ysgrifenedig fel rhai a gynigiwyd',
  essential: 'Pob rôl',
  essentialHint: 'Rhan o’r set leiaf y dylai pob rôl cymheiriaid ei chwmpasu',
  noSources: 'dim ffynhonnell wedi’i chanfod',
  unconfirmed:
    'Ni chanfuwyd canllawiau penodol i waith cymheiriaid ar gyfer y pwnc hwn: mae’r cyngor wedi’i fenthyg o bolisi cyflogwyr cyffredinol, felly ystyriwch ef heb ei gadarnhau.',
  ofTopic: (topic) => `${topic}`,
  leftFix: (n) => `${n} i’w cywiro`,
  leftCheck: (n) => `${n} i’w gwirio`,
  leftNothing: 'Dim i’w gywiro na’i wirio',
  statusProposed: 'Cynigiwyd',
  statusReviewHint:
    'Mae safbwynt wedi’i awgrymu. Darllenwch ef, newidiwch ef os oes angen, yna dewiswch Cynigiwyd; dewiswch Cytunwyd unwaith y bydd deiliad y swydd wedi’i gytuno.',
  agreedWithLabel: 'Wedi’i gytuno gyda',
  agreedWithHint: 'Pwy a’i cytunodd, er enghraifft deiliad y swydd a’i oruchwyliwr.',
  agreedOnLabel: 'Wedi’i gytuno ar',
  reasonHint: 'Angenrheidiol: dywedwch pam nad yw’r pwnc yn berthnasol i’r rôl hon, fel y gall eraill wirio.',
  positionHint: 'Beth a gytunwyd, mewn geiriau plaen.',
  rationaleHint: 'Pam mae’r llinell yn cael ei thynnu yma.',
  modeSuggestion: (mode) => `Man cychwyn awgrymedig: ${mode}. Rhagosodiad yr offeryn hwn yw hwn, nid tystiolaeth.`,
  escalationHint: 'At bwy mae’r gweithiwr cymorth cymheiriaid yn mynd, a sut, pan fydd y ffin yn cael ei phrofi.',
  customIntro: 'Ychwanegwch unrhyw ffin sydd ei hangen ar y rôl hon nad yw’r rhestr uchod yn ei chwmpasu.',
  customUntitled: 'Pwnc heb deitl',
  customLabel: 'Enw’r pwnc',
  removeCustom: 'Tynnu’r pwnc',
  removeCustomNamed: (name) => `Tynnu’r pwnc \u201C${name}\u201D`,
  removed: (name) => `Wedi tynnu \u201C${name}\u201D.`,
  undoRemove: 'Dadwneud',
};

registerStrings('common', LANG, cyCommon);
registerStrings(DOCUMENT_AREA, LANG, cyDocument);
registerStrings(EDIT_AREA, LANG, cyEdit);
registerStrings(BOUNDARY_AREA, LANG, cyBoundaries);
