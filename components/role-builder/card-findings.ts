/**
 * Findings inside a duty card, made cheap for long roles: each shows its severity and message; the
 * fix, themes, basis and sources sit in a closed <details> whose content is made only when it is
 * first opened (a role with 30 flexible duties has 90 findings, and nobody reads every fix at once).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Finding } from '../../src/assess/types.js';
import { findingDetail, severityText, type CommonT } from '../base/ui.js';

/** On a <details>: renders `content()` into it when it is open (now, or when opened later), after its <summary>. */
class OnOpen extends Directive {
  private content: () => unknown = () => nothing;
  private el?: HTMLDetailsElement;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('onOpen belongs on a <details> element');
  }

  render(_content: () => unknown) {
    return nothing;
  }

  override update(part: ElementPart, [content]: [() => unknown]) {
    this.content = content;
    if (!this.el) {
      this.el = part.element as HTMLDetailsElement;
      this.el.addEventListener('toggle', () => this.fill());
    }
    this.fill();
    return nothing;
  }

  /** Open: (re)render what it holds, so a details left open follows the finding it belongs to. */
  private fill(): void {
    if (this.el?.open) render(this.content(), this.el);
  }
}
const onOpen = directive(OnOpen);

export function cardFindings(findings: readonly Finding[], t: CommonT): TemplateResult | typeof nothing {
  if (!findings.length) return nothing;
  return html`<ul class="findings">
    ${findings.map(
      (f) => html`<li class="finding" data-severity=${f.severity} data-rule=${f.ruleId}>
        <span class="severity" data-severity=${f.severity}>${severityText(f, t)}:</span> ${f.message}
        <details class="finding-more" ${onOpen(() => findingDetail(f, t))}><summary>${t('fix')}</summary></details>
      </li>`,
    )}
  </ul>`;
}
