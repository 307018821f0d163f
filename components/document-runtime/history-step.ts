/**
 * Which `psw-change` events a DocumentController dispatched for an undo or a redo (its `undo()` and
 * `redo()`: an element's own Undo/Redo control, or Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z and Ctrl+Y in
 * ./document-controller.ts). The event's detail (components/base/events.ts) does not say; an element
 * that announces undo and redo for the elements inside it reads it here (the designer, see
 * components/role-designer/role-designer.view.ts). Not part of the toolkit's public API.
 */
export type HistoryStep = 'undo' | 'redo';

const steps = new WeakMap<Event, HistoryStep>();

/** Records that `event` is the `psw-change` of an undo or a redo (before it is dispatched); returns it. */
export function markHistoryStep<E extends Event>(event: E, step: HistoryStep): E {
  steps.set(event, step);
  return event;
}

/** 'undo' or 'redo' for the `psw-change` of one, else undefined (an edit, a replace, another tab's version). */
export function historyStepOf(event: Event): HistoryStep | undefined {
  return steps.get(event);
}
