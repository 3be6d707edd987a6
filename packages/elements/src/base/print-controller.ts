import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Every connected controller; one pair of window listeners serves them all. */
const controllers = new Set<PrintController>();
let printing = false;

function onPrint(event: Event): void {
  printing = event.type === 'beforeprint';
  for (const controller of controllers) controller.update();
}

/**
 * Tells an element when the page prints, so what it renders only on demand (a collapsed card, a table of
 * values behind "Vis tal") is on paper too. The window listeners exist only while some element is
 * connected, and are shared: a page of a thousand sparklines adds two, not two thousand. Server rendering
 * counts as printing, since static HTML must show everything.
 */
export class PrintController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get printing(): boolean {
    return isServer || printing;
  }

  update(): void {
    this.host.requestUpdate();
  }

  hostConnected(): void {
    if (controllers.size === 0) {
      window.addEventListener('beforeprint', onPrint);
      window.addEventListener('afterprint', onPrint);
    }
    controllers.add(this);
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      window.removeEventListener('beforeprint', onPrint);
      window.removeEventListener('afterprint', onPrint);
    }
  }
}
