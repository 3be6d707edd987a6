import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Tells an element when the page prints, so what it renders only on demand (a collapsed card, a table of
 * values behind "Vis tal") is on paper too. Listens only while connected; server rendering counts as
 * printing, since static HTML must show everything.
 */
export class PrintController implements ReactiveController {
  printing = isServer;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private readonly onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    this.host.requestUpdate();
  };

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onPrint);
    window.addEventListener('afterprint', this.onPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onPrint);
    window.removeEventListener('afterprint', this.onPrint);
  }
}
