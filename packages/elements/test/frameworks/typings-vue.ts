// Vue's view of the tags (GlobalComponents), as vue-tsc and Volar read it. Type-checked, strict, against
// the packed tarballs by typings.test.js; never run.
import type {} from '@sundhedsaftale/elements/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const overview: Props<'sa-overview'> = {
  view: 'table',
  area: '751',
  headingLevel: 3,
  'onSa-load': (e) => e.type,
  'onSa-error': (e) => e.detail.message,
};
export const card: Props<'sa-focus-area-card'> = {
  focusArea: 'psykiatri-og-trivsel',
  'onSa-toggle': (e) => e.detail.collapsed,
};
// @ts-expect-error `view` is 'overview' or 'table'
export const wrongView: Props<'sa-overview'> = { view: 'cards' };
// @ts-expect-error `data` is an Agreement
export const wrongData: Props<'sa-indicator-sparkline'> = { data: 'x' };
