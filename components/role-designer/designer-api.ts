/**
 * What the designer's templates (toolbar, step navigation, start screen, panels) need from the
 * element. The view's `DesignerModel` implements it over the element (./role-designer.view.ts); the
 * templates stay plain functions.
 */
import type { Assessment } from '../../src/assess/types.js';
import type { SettingId } from '../../src/catalogue/ids.js';
import type { RoleDocument } from '../../src/model/schema.js';
import type { Localizer } from '../base/localize.js';
import type { CommonT } from '../base/ui.js';
import type { StepId } from './steps.js';
import type { DesignerStrings } from './strings.js';

export type DesignerT = Localizer<DesignerStrings>['t'];

/** How a step was chosen: where focus goes next depends on it. */
export type StepMove = 'nav' | 'pager';

export interface Designer {
  readonly t: DesignerT;
  readonly ct: CommonT;
  readonly doc: RoleDocument;
  readonly assessment: Assessment;
  readonly readonly: boolean;
  /** The step shown. */
  readonly step: StepId;
  /** The first-use screen (templates or a blank role) is shown instead of the steps. */
  readonly onStart: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): void;
  redo(): void;
  /** The last announcement (the toolbar's polite live region). */
  readonly announcement: string;

  /** The setting chosen on the start screen. */
  readonly templateChoice: SettingId;
  /** Why the chosen template could not be used (shown on the start screen), if it could not. */
  readonly startError: string | undefined;
  chooseTemplate(id: SettingId): void;
  /** Starts the role from a setting's template, or blank (undefined), and goes to the first step. */
  start(template: SettingId | undefined): void;

  go(step: StepId, how: StepMove): void;
}
