import type { CSSResultGroup, PropertyValues } from 'lit';
import type { PswNavigateDetail } from './events.js';
import { PswLazyElement, type ElementView } from './lazy-view.js';
import type { Localizer, Strings } from './localize.js';
import type { CommonStrings } from './strings.js';
import { DocumentController } from '../document-runtime/document-controller.js';
import { documentStatusStyles } from '../document-runtime/document-status.js';

/** A document-bound element's view module (./lazy-view.ts), with what the base calls on it. */
export interface DocumentView extends ElementView {
  /**
   * For an editor: show and focus what a `psw-navigate` request asks for, when it is a part of
   * the document this element edits (it is only called for requests about its own document).
   */
  navigate?(el: never, detail: PswNavigateDetail): unknown;
}

/**
 * The base of every element that shows or edits the shared role document (builder, checklist,
 * planner, insights, job description, export, designer). On top of the lazy view
 * (./lazy-view.ts) it holds what each of them needs the same way:
 *
 * - `doc`: the DocumentController that binds the element to the nearest `<psw-role-document>`,
 *   else the page-level document; "Loading…" shows until the document is here.
 * - `psw-navigate`: requests about this element's own document (see
 *   `DocumentController.onNavigate`) go to the view's `navigate`, once the view is here; an editor
 *   names the parts it answers for in `editsPaths`.
 * - The one-line document status: its styles are part of the element's (the view renders
 *   `this.doc.renderStatus()` where it belongs).
 * - The `readonly` custom state, from the document.
 * - `l` and `c`: the view's strings and the shared ones, set by the view's `attach`.
 *
 * `V` is the view module's type, `S` the element's string catalogue. Each element documents its
 * own `readonly` state (what read only means there).
 */
export abstract class PswDocumentElement<V extends DocumentView, S extends Strings = Strings> extends PswLazyElement<V> {
  static override styles: CSSResultGroup = [PswLazyElement.styles, documentStatusStyles];

  /** @internal The document this element shows (and edits). */
  readonly doc = new DocumentController(this);
  /** @internal The view's strings, set when the view arrives. */
  l?: Localizer<S>;
  /** @internal The strings every element shares, set when the view arrives. */
  c?: Localizer<CommonStrings>;

  constructor() {
    super();
    // A request that arrives before the view is handled when it arrives.
    this.doc.onNavigate((detail) =>
      this.withView((v) => void (v.navigate as ((el: this, d: PswNavigateDetail) => unknown) | undefined)?.(this, detail)),
    );
    this.doc.claim(() => this.editsPaths);
  }

  /**
   * @internal The parts of the document this element edits and answers `psw-navigate` for (path
   * prefixes; '' is all of it). Claimed in its document's editor registry while it is connected
   * (components/document-runtime/editor-registry.ts), so the insights know what the page can edit.
   * Views and read-only elements edit nothing.
   */
  protected get editsPaths(): readonly string[] {
    return [];
  }

  protected override viewCanRender(): boolean {
    return !!this.doc.document;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.setState('readonly', this.doc.readonly);
    super.willUpdate(changed);
  }
}
