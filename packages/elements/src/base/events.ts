/** Fired when an element has rendered its data. */
export class SaLoadEvent extends Event {
  constructor() {
    super('sa-load', { bubbles: true, composed: true });
  }
}

/** Fired when an element cannot show its data; `detail.message` says why, in the element's language. */
export class SaErrorEvent extends CustomEvent<{ message: string }> {
  constructor(message: string) {
    super('sa-error', { bubbles: true, composed: true, detail: { message } });
  }
}

/** Fired when a collapsible card is opened or closed by the reader. */
export class SaToggleEvent extends CustomEvent<{ id: string; collapsed: boolean }> {
  constructor(id: string, collapsed: boolean) {
    super('sa-toggle', { bubbles: true, composed: true, detail: { id, collapsed } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sa-load': SaLoadEvent;
    'sa-error': SaErrorEvent;
    'sa-toggle': SaToggleEvent;
  }
}
