// A view module that test/components/base/lazy-view.test.ts imports by URL, as a retry does.
export const url = import.meta.url;
export const render = () => 'Fresh view';
