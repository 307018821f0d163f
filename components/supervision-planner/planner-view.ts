/**
 * What the planner's template modules (arrangements, year view, training, support) need from the
 * element: strings, formatting, the document state of this render, findings, refused-input errors
 * and the actions that edit the document. The element implements it; the modules stay plain
 * functions of it.
 */
import type { TemplateResult } from 'lit';
import type { Finding } from '../../src/assess/types.js';
import type { RoleDocument } from '../../src/model/schema.js';
import type { Path } from '../../src/store/ops.js';
import type { Localizer } from '../base/localize.js';
import type { CommonT } from '../base/ui.js';
import type { SupervisionStrings } from './strings.js';

export type ListName = 'supervision.arrangements' | 'training.peerSpecific';
export type Per = 'week' | 'month' | 'quarter';

export interface PlannerView {
  readonly l: Localizer<SupervisionStrings>;
  readonly t: Localizer<SupervisionStrings>['t'];
  readonly ct: CommonT;
  readonly document: RoleDocument;
  readonly readonly: boolean;
  /** Whether the year view shows its table (instead of the picture). */
  readonly showTable: boolean;

  /** The message of a refused edit of the field `key`, if any. */
  error(key: string): string | undefined;
  /** Findings at `path` or under it (and those about the item `itemId`). */
  findings(path: string, itemId?: string): Finding[];
  /** A findings list, or nothing. */
  findingsBlock(findings: readonly Finding[]): TemplateResult | undefined;
  /** Whether a list item is shown with all its fields (long lists collapse to summary lines). */
  isExpanded(list: ListName, id: string, count: number): boolean;
  /** Whether lists of `count` items collapse to summary lines. */
  collapses(count: number): boolean;

  setText(path: Path, value: string): void;
  setBool(path: Path, checked: boolean): void;
  /** A number field: '' deletes the value; not-a-number is refused in place (the schema checks the range). */
  setNumber(path: Path, raw: string, event: Event): void;

  addArrangement(): void;
  removeItem(list: ListName, id: string): void;
  moveItem(list: ListName, id: string, delta: -1 | 1, button: 'up' | 'down'): void;
  toggleExpanded(list: ListName, id: string): void;
  setArrangement(id: string, field: string, value: unknown): void;
  setCount(id: string, raw: string, event: Event): void;
  setPer(id: string, per: Per): void;
  /** The "per" shown for an arrangement that has no frequency yet (chosen before the count). */
  pendingPer(id: string): Per;
  setDuration(id: string, raw: string, event: Event): void;
  toggleFocus(id: string, focus: string, on: boolean): void;

  addTraining(): void;
  setTrainingTitle(id: string, value: string): void;
  setTrainingHours(id: string, raw: string, event: Event): void;
  toggleDomain(id: string, domain: number, on: boolean): void;

  toggleTable(): void;
}

/** The refused-input key of a list item's field. */
export const itemKey = (list: ListName, id: string, field: string) => `${list}:${id}:${field}`;

/**
 * Splits an item's findings by the field they concern: `supervision.arrangements[2].frequency.count`
 * → "frequency". Findings about the item as a whole (or a field with no control) get "".
 */
export function findingsByField(findings: readonly Finding[], list: ListName, fields: readonly string[]) {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    let field = '';
    if (f.path?.startsWith(`${list}[`)) {
      const rest = f.path.slice(f.path.indexOf(']') + 1).replace(/^\./, '');
      field = rest.split(/[.[]/)[0] ?? '';
    }
    if (!fields.includes(field)) field = '';
    out.set(field, [...(out.get(field) ?? []), f]);
  }
  return (field: string) => out.get(field) ?? [];
}
