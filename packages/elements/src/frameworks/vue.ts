/**
 * Template types for Vue 3 (read by `vue-tsc` and Volar): `import type {} from '@sundhedsaftale/elements/vue';`
 * once in the app. Each `sa-*` tag then takes its properties (`:data.prop`, `area`, …) and its events
 * (`@sa-load`, `@sa-error`, `@sa-toggle`) with their event classes. Vue still needs `isCustomElement` in
 * its compiler options (see docs/developers.md).
 */
/* eslint-disable @typescript-eslint/no-empty-object-type -- `{}` is what Vue's own defaults are */
import type { DefineComponent } from 'vue';
import type {
  SaElementAttributes,
  SaElementClasses,
  SaElementEvents,
  SaElementProperties,
} from './element-types.js';

type Emits<Events> = { [Name in keyof Events]: (event: Events[Name]) => void };

/** One `sa-*` tag as Vue sees a component: its props and its events. */
export type SaVueElement<Tag extends keyof SaElementClasses> = DefineComponent<
  SaElementProperties[Tag] & SaElementAttributes[Tag],
  {},
  {},
  {},
  {},
  {},
  {},
  Emits<SaElementEvents[Tag]>
>;

declare module 'vue' {
  interface GlobalComponents {
    'sa-agreement': SaVueElement<'sa-agreement'>;
    'sa-indicator-sparkline': SaVueElement<'sa-indicator-sparkline'>;
    'sa-focus-area-card': SaVueElement<'sa-focus-area-card'>;
    'sa-overview': SaVueElement<'sa-overview'>;
    'sa-area-comparison': SaVueElement<'sa-area-comparison'>;
  }
}
