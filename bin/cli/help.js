// @ts-check
/** Usage texts: the overview (`--help`) and one per command (`COMMAND --help`). */
import { STUDY, VERSION } from '../../dist/lib/src/index.js';

const EXIT_CODES = `Exit codes:
  0  done (validate: every file is valid; assess: findings do not change the exit code)
  1  a document is invalid, or an organisation profile (validate, assess, export); its issues are listed
  2  usage error (also no command at all), or a file that could not be read or written`;

export const overview = () => `psw-role-kit ${VERSION}: check, assess and export Peer Support Worker role documents

Usage:
  psw-role-kit validate FILE…
      Check role documents (or exports holding one) and organisation profiles against their schemas.
  psw-role-kit assess FILE [--json] [--policy POLICY.json] [--today YYYY-MM-DD] [--org PROFILE.json]
      Findings, balance of core and flexible time, theme coverage and readiness.
  psw-role-kit export FILE --format json|jsonld|md|docx [--out PATH] [--extensions] [--org PROFILE.json] [--audience candidate|internal]
      The job description as canonical JSON, schema.org JSON-LD, Markdown or Word.
  psw-role-kit template SETTING_ID [--out PATH] [--force]
      A starting role document for a setting (list them with: psw-role-kit templates).
  psw-role-kit serve [--port P] [--data DIR] [--database-url URL] [--tokens FILE] [--trust-proxy-header NAME] [--cors-origin O]
      The reference server: the REST API of a shared role library (docs/server-api.md).
  psw-role-kit COMMAND --help     more about one command
  psw-role-kit --version          the version

FILE may be - to read standard input.

Examples:
  psw-role-kit template adult-community --out role.json
  psw-role-kit validate role.json drafts/*.json
  psw-role-kit assess role.json --today 2026-11-25
  psw-role-kit assess role.json --org organisation.json
  psw-role-kit export role.json --format docx --out exports/ --org organisation.json
  psw-role-kit export role.json --format md > role.md

${EXIT_CODES}

The guidance is grounded in Foye et al. 2025, BMC Psychiatry 25:480 (doi ${STUDY.doi}).
Set PSW_DEBUG=1 to see stack traces. Colour only on a terminal, and never with NO_COLOR set.
`;

/** @type {Record<string, string>} */
export const commandHelp = {
  validate: `Usage: psw-role-kit validate FILE… [--json]

Checks that each FILE is a valid psw-role-kit role document, or an export ("psw-job-description")
whose document is valid, or an organisation profile (a file whose kind is
"psw-organisation-profile" is checked as one). Older schema versions are migrated and said so.
Every issue is listed with its field path and a sentence naming the field:
  duties[2].flexibility.maxShare — Duty 3 “…” › Flexibility › Maximum share must be 100 or less.

Options:
  --json       one JSON array with a result per file ({ file, valid, issues? }; profiles
               also have "profile": true)
  -h, --help   this help

Examples:
  psw-role-kit validate role.json
  cat role.json | psw-role-kit validate -

${EXIT_CODES}
With several files, an unreadable one gives 2 and an invalid one 1; the others are still checked.
`,
  assess: `Usage: psw-role-kit assess FILE [--json] [--policy POLICY.json] [--today YYYY-MM-DD] [--org PROFILE.json]

Assesses one role document: findings grouped by severity (each with its rule id, themes T1–T5,
basis — study, other evidence or tool heuristic — sources, message, fix and field), the balance of
core, flexible, excluded and unallocated time, theme coverage scores, readiness and banding
readiness. Findings do not make the exit code non-zero: assessment is not validation.

Options:
  --json                 print the assessment as JSON
  --policy POLICY.json   your organisation's thresholds (all optional), e.g.
                         { "minCoreDuties": 4, "minFixedTermMonths": 18,
                           "balance": { "tooRigidFlexibleBelow": 15 } }
                         Settings: minFixedTermMonths, maxInvolvementRequestCap, minCoreDuties,
                         minSupervisionSessionsPerMonth, balance.{tooRigidFlexibleBelow,
                         tooLooseFlexibleAbove, tooLooseCoreBelow}, today
  --today YYYY-MM-DD     the date that date rules compare with (default: today)
  --org PROFILE.json     your organisation profile ("psw-organisation-profile"): its facts fill
                         what the role leaves unset, and its policy thresholds apply (a --policy
                         file's settings win over the profile's). An invalid profile stops the
                         command with its issues (exit 1).
  -h, --help             this help

Examples:
  psw-role-kit assess role.json
  psw-role-kit assess role.json --json --today 2026-11-25 > assessment.json
  psw-role-kit assess role.json --org organisation.json

${EXIT_CODES}
`,
  export: `Usage: psw-role-kit export FILE --format json|jsonld|md|docx [--out PATH] [--extensions] [--org PROFILE.json] [--audience candidate|internal]

Formats:
  json     the canonical export: { kind: "psw-job-description", document, assessment, provenance }
  jsonld   a schema.org JobPosting (JSON-LD); --extensions adds the psw: terms for what
           schema.org cannot say (duty kinds and bounds, boundaries, supervision…)
  md       the job description and person specification in Markdown (for candidates by
           default; --audience internal for the whole role record)
  docx     the same as a Word document (A4, a footer with the reference, version date and
           page numbers)

Options:
  -f, --format FORMAT   one of the formats above (may be left out when --out ends in .json,
                        .jsonld, .md or .docx)
  -o, --out PATH        write to PATH, or into the folder PATH under a suggested name
                        (e.g. peer-support-worker-2026-11-25.docx); folders are not created.
                        Without --out the export goes to standard output (Word only to a pipe).
  --extensions          with --format jsonld: include the psw: extension terms
  --org PROFILE.json    your organisation profile: every format describes the role with the
                        profile's facts filling what it leaves unset, and carries the organisation
                        (json: provenance.organisationProfile; jsonld: hiringOrganization with
                        its website and an http(s) logo; md and docx: its name, job reference,
                        contact, About us and standard clauses; docx also a page header with
                        the logo when it is a PNG or JPEG data: URL, and a footer with page
                        numbers). An invalid profile stops the command (exit 1).
  --audience WHO        with md or docx: candidate (the default: the advert, with the salary pro
                        rata, the person specification by category and the standard clauses) or
                        internal (everything: boundaries and their reasons, supervision, funding,
                        exit plan and the assessment summary)
  -h, --help            this help

Examples:
  psw-role-kit export role.json --format docx --out exports/
  psw-role-kit export role.json --format docx --org organisation.json --out exports/
  psw-role-kit export role.json --format jsonld --extensions > role.jsonld
  psw-role-kit export role.json -f md | less

${EXIT_CODES}
`,
  template: `Usage: psw-role-kit template SETTING_ID [--out PATH] [--force]

Writes a starting role document from the template of a setting (list the ids with
psw-role-kit templates). Review it: a template is a start, not an agreed role.

Options:
  -o, --out PATH   write to PATH, or into the folder PATH under a suggested name
  --force          replace PATH if it exists (without it, an existing file is left alone)
  -h, --help       this help

Example:
  psw-role-kit template crisis --out role.json
`,
  serve: `Usage: psw-role-kit serve [--port P] [--host ADDRESS] [--data DIR] [--database-url URL] [--tokens FILE] [--trust-proxy-header NAME] [--cors-origin O] [--writes-per-minute N]

Runs the reference server of the REST API (docs/server-api.md) until stopped with Ctrl+C.

Database: PGlite (PostgreSQL embedded, nothing to install) in DIR (default ./psw-data), or a real
PostgreSQL when --database-url or DATABASE_URL is given; several servers may share one PostgreSQL.

Sign-in: --tokens FILE (JSON { "<token>": { "user": "…", "role": "manager" | "hr" | "viewer" } },
sent as Authorization: Bearer <token>), or --trust-proxy-header NAME (a proxy in front sets the user
in NAME and the role in NAME-Role). With neither, everybody is a local HR user and the server listens
on 127.0.0.1 only.

Options:
  -p, --port P                 the port (default $PORT or 8080)
  --host ADDRESS               where to listen when people sign in (default all interfaces)
  --data DIR                   the PGlite data folder
  --database-url URL           postgres://user:password@host/db
  --cors-origin O[,O…]         origins allowed to call the API from other sites (default none)
  --writes-per-minute N        the write limit per user (default 600; 0: none)
`,
  templates: `Usage: psw-role-kit templates [--json]

Lists the settings that have a template, with their ids for psw-role-kit template.

Options:
  --json       as JSON
  -h, --help   this help
`,
};
