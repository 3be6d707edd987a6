// The host page's side of embed.html: sets each embed.html iframe's height to the height its page reports
// (`{ type: 'sundhedsaftale:resize', height }`), so the frame never shows scroll bars.
// A classic script: <script src=".../embed-host.js" defer></script>, once per page.

interface HostWindow extends Window {
  __sundhedsaftaleEmbedHost?: boolean;
}

const MAX_HEIGHT = 100_000;

(() => {
  const w = window as HostWindow;
  // Loaded twice: one listener is enough.
  if (w.__sundhedsaftaleEmbedHost) return;
  w.__sundhedsaftaleEmbedHost = true;

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!data || typeof data !== 'object' || data.type !== 'sundhedsaftale:resize') return;
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0) return;
    // Only the frame that sent the message is resized: matching by window, not by a claimed id.
    for (const iframe of document.querySelectorAll('iframe')) {
      if (iframe.contentWindow !== event.source) continue;
      iframe.style.height = `${Math.min(Math.ceil(height), MAX_HEIGHT)}px`;
      return;
    }
  });
})();
