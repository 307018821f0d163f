import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS properties on an element through the CSSOM (`style.setProperty`), for values computed
 * from data such as a bar's width: `<span ${cssProps({ 'inline-size': '40%' })}></span>`.
 *
 * Why not `styleMap`: on its first render Lit's `styleMap` writes the `style` attribute as text,
 * which a strict `style-src 'self'` policy blocks (docs/csp.md), so the value silently never
 * applies; CSSOM writes are allowed. Property names are CSS names (kebab-case, custom properties
 * welcome); a property left out of a later render keeps its value.
 */
class CssPropsDirective extends Directive {
  /** What this directive last wrote, so an unchanged value costs no CSSOM read (a render per keystroke). */
  private readonly written = new Map<string, string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element: <span ${cssProps({...})}>');
  }

  render(_props: Readonly<Record<string, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) {
      if (this.written.get(name) === value) continue;
      style.setProperty(name, value);
      this.written.set(name, value);
    }
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);
