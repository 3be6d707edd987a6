// The empty page for the heap figure: same page, same generated data kept alive, nothing rendered.
export const render = () => Promise.resolve();
export const count = () => 0;
