// What the shipped declarations must accept and refuse (each @ts-expect-error must be an error).
// Type-checked, strict, against the packed tarballs by typings.test.js; never run.
import type {} from '@sundhedsaftale/elements/react';
import type { SaLoadEvent, SaOverview, SaToggleEvent } from '@sundhedsaftale/elements';
import type { Agreement } from '@sundhedsaftale/data';

declare const agreement: Agreement;

// The tag map and the events come with the main types alone (no define.js import here).
const overview: SaOverview = document.createElement('sa-overview');
overview.data = agreement;
// @ts-expect-error `data` is typed as the contract
overview.data = { title: 42 };
overview.addEventListener('sa-load', (e) => {
  const load: SaLoadEvent = e;
  return load;
});
overview.addEventListener('sa-error', (e) => e.detail.message.toUpperCase());
document
  .querySelector('sa-focus-area-card')
  ?.addEventListener('sa-toggle', (e: SaToggleEvent) => e.detail.collapsed);

export const accepted = (
  <>
    <sa-agreement src="/data.json" max-bytes={1000}>
      <sa-overview
        id="overview"
        className="widget"
        style={{ maxWidth: '60em' }}
        view="table"
        area-picker
        heading-level={3}
        data={agreement}
        onsa-load={(e) => e.type}
        onsa-error={(e) => e.detail.message}
      />
      <sa-focus-area-card
        focus-area="psykiatri-og-trivsel"
        collapsible
        highlight={['multisygdom']}
        onsa-toggle={(e) => e.detail.id}
      >
        <p>children</p>
      </sa-focus-area-card>
      <sa-indicator-sparkline indicator="multisygdom" variant="line" hide-name theme="dark" />
    </sa-agreement>
  </>
);

export const refused = (
  <>
    {/* @ts-expect-error `view` is 'overview' or 'table' */}
    <sa-overview view="cards" />
    {/* @ts-expect-error `data` is an Agreement */}
    <sa-overview data={42} />
    {/* @ts-expect-error the handler gets an SaErrorEvent */}
    <sa-overview onsa-error={(e: KeyboardEvent) => e.key} />
    {/* @ts-expect-error `variant` is 'default', 'compact' or 'line' */}
    <sa-indicator-sparkline variant="big" />
  </>
);
