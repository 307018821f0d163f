import { PswDocumentElement } from '../base/document-element.js';
import { lazyView } from '../base/lazy-view.js';
import type { BuilderState } from './builder-state.js';
import { pathsOfSections } from '../base/edited-parts.js';

type View = typeof import('./role-builder.view.js');
/** Sections, working state, strings and styles: one lazy chunk for every builder on the page. */
const view = lazyView<View>(() => import('./role-builder.view.js'));

/**
 * The role builder: role basics, duties sorted into core, flexible (with limits) and excluded, the
 * balance of contracted time, employment terms, progression and the person specification, with
 * the assessment's findings shown next to what they concern. A template picker starts a role from
 * a setting, asking first when that would replace work.
 *
 * It works on the document of the nearest `<psw-role-document>`, or the page-level document when
 * placed loose on a page. Every change is one undo step (typing in a field is one step per burst);
 * Undo and Redo are in its toolbar and on Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y.
 *
 * With `sections` (e.g. `sections="basics duties"`) it shows only those parts, for a host that
 * lays the role out its own way (as `<psw-role-designer>` does, one step per part).
 *
 * Its sections, working state, strings and styles are a lazy chunk (./role-builder.view.ts),
 * fetched once per page when the first builder connects; `await el.updateComplete` resolves once
 * it has rendered with them (and with the document and its assessment).
 *
 * @summary Builds a peer support worker role: basics, duties, balance, pay, progression, person spec.
 * @tag psw-role-builder
 *
 * @fires psw-change - After every change the user makes here (edits, undo/redo, a template picked);
 *   `detail.document` is the new document, `detail.assessment` its assessment. Never for
 *   programmatic changes of the document.
 *
 * @csspart toolbar - Undo, Redo, open/close all, and the announcements line.
 * @csspart templates - The template picker.
 * @csspart basics - Role basics.
 * @csspart duties - The duties editor (the three groups).
 * @csspart duty - One duty (a card, or a one-line row in long roles).
 * @csspart balance - The balance bar and its text.
 * @csspart employment - Pay, hours, contract, funding, location, lone working, DBS.
 * @csspart progression - Progression steps.
 * @csspart person-spec - Essential and desirable criteria, recruitment.
 * @csspart document-status - The shared one-line document status.
 * @csspart document-status-button - The two buttons of the status line after a change in another tab (load the other version, keep mine).
 *
 * @csspart loading - The one-line "Loading…" shown until the builder's view and document are here.
 * @csspart load-error - The message (with "Try again") shown when the builder's view could not be loaded.
 *
 * @cssstate readonly - The document is read only: the builder shows a read-only view.
 * @cssstate has-errors - A field holds input that was refused (its issue is shown), or the
 *   assessment has a "must fix" finding about a part of the document the builder edits.
 * @cssstate loading - Waiting for the builder's view (a lazy chunk) or for the document.
 */
export class PswRoleBuilder extends PswDocumentElement<View> {
  /** The reactive properties (declared here, not with decorators: no decorator code in the drop-in entry). */
  static override properties = {
    compactThreshold: { type: Number, attribute: 'compact-threshold' },
    sections: { reflect: true },
    openSections: { attribute: 'open-sections' },
  };

  protected readonly viewLoader = view;

  /**
   * Above this many duties, each duty shows as one line with an Edit button (long roles stay quick
   * to scan and to render). Default 50.
   */
  compactThreshold = 50;

  /**
   * Only these sections, space-separated, of: templates basics duties employment progression
   * person-spec. Unset: all of them. When set, the builder is part of its host's layout: the listed
   * sections start open (the template picker closed), and the heading, introduction and Undo/Redo
   * buttons are left to the host (Ctrl/Cmd+Z still works); psw-navigate requests for fields of other
   * sections are ignored.
   */
  sections?: string;

  /**
   * With `sections`: which of them start open, space-separated (e.g. `open-sections="employment"`);
   * the others start as a one-line summary with their heading, to be opened. Unset: every listed
   * section starts open. A person's opening and closing, and "Go to the field", win over it.
   */
  openSections?: string;

  /** @internal The view's working state between renders (what is open, refused input, focus), set when the view arrives. */
  state?: BuilderState;

  protected override get editsPaths(): readonly string[] {
    return pathsOfSections(this.sections);
  }
}
