/**
 * "Choose section by section", offered by a bound document whose save was refused as a conflict:
 * for each section of `compareRoles(theirs, mine)` a radio group Keep mine / Take theirs with the
 * section's changes listed under it, and "Save the combined role". A section starts as theirs when
 * only they changed it since the revision mine was based on (so saving at once reverts nothing of
 * theirs; a Confirm of a suggested field counts as a change of its section), else as mine. The
 * combining is `combineBySection` (src/compare/combine.ts); the comparison engine is loaded when the choice is
 * first opened. Part of the binding's lazy chunk.
 */
import { html, type TemplateResult } from 'lit';
import type { ChangeSection } from '../../src/compare/types.js';
import type { SectionChoice } from '../../src/compare/combine.js';
import type { RoleDocument } from '../../src/model/schema.js';
import type { Localizer } from '../base/localize.js';
import type { bindingStrings } from './library-strings.js';

export class SectionChooser {
  sections?: ChangeSection[];
  choices: Record<string, SectionChoice> = {};
  failed?: string;

  /**
   * Compares theirs (before) with mine (after). `baseJson`: the role mine was based on, as JSON; a
   * section only theirs changed since then starts as 'theirs', every other as 'mine'.
   */
  async open(theirs: RoleDocument, mine: RoleDocument, baseJson?: string): Promise<void> {
    try {
      const [{ compareRoles }, { sectionPart }] = await Promise.all([import('../../src/compare/compare.js'), import('../../src/compare/combine.js')]);
      const base = baseJson === undefined ? undefined : (JSON.parse(baseJson) as RoleDocument);
      const same = (a: RoleDocument, b: RoleDocument, section: string) => sectionPart(a, section) === sectionPart(b, section);
      this.sections = compareRoles(theirs, mine).sections;
      this.choices = Object.fromEntries(this.sections.map((s) => [
        s.section,
        base && same(mine, base, s.section) && !same(theirs, base, s.section) ? ('theirs' as const) : ('mine' as const),
      ]));
      this.failed = undefined;
    } catch (error) {
      this.sections = undefined;
      this.failed = (error as Error)?.message ?? String(error);
    }
  }

  /** Mine with the sections chosen as theirs taken from theirs. */
  async combine(mine: RoleDocument, theirs: RoleDocument): Promise<RoleDocument> {
    const { combineBySection } = await import('../../src/compare/combine.js');
    return combineBySection(mine, theirs, this.choices);
  }

  render(l: Localizer<typeof bindingStrings>, onChange: () => void, onSave: () => void): TemplateResult {
    const t = l.t.bind(l);
    if (this.failed) return html`<p>${t('problem', this.failed)}</p>`;
    if (!this.sections) return html`<p role="status">${t('sectionsLoading')}</p>`;
    if (!this.sections.length) return html`<p>${t('sectionsSame')}</p>`;
    return html`<form class="library-sections" aria-labelledby="library-sections-heading"
      @submit=${(e: Event) => (e.preventDefault(), onSave())}>
      <h3 id="library-sections-heading" class="library-sections-heading">${t('sectionsHeading')}</h3>
      <p id="library-sections-intro">${t('sectionsIntro')}</p>
      ${this.sections.map((s) => {
        const name = `library-section-${s.section}`;
        const pick = (choice: SectionChoice) => () => {
          this.choices[s.section] = choice;
          onChange();
        };
        return html`<fieldset class="library-section" data-section=${s.section}>
          <legend>${s.label}</legend>
          <div class="library-section-choice">
            <label><input type="radio" name=${name} value="mine" .checked=${this.choices[s.section] !== 'theirs'} @change=${pick('mine')} /> ${t('keepMine')}</label>
            <label><input type="radio" name=${name} value="theirs" .checked=${this.choices[s.section] === 'theirs'} @change=${pick('theirs')} /> ${t('takeTheirs')}</label>
          </div>
          <ul class="library-section-changes" aria-label=${t('sectionChanges', s.label)}>
            ${s.changes.map((c) => html`<li>${c.label}</li>`)}
          </ul>
        </fieldset>`;
      })}
      <button type="submit" data-choice="save-combined">${t('saveCombined')}</button>
    </form>`;
  }
}
