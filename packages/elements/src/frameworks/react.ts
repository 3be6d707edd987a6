/**
 * JSX types for React 19: `import type {} from '@sundhedsaftale/elements/react';` once in the app (or list
 * it in tsconfig `types`). Each `sa-*` tag then takes its properties (`data`, `area`, …), the kebab-case
 * attributes (`focus-area`, …), its events as `onsa-load`, `onsa-error`, `onsa-toggle`, and the usual
 * `id`, `className`, `style`, `ref`, `key`, children.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  SaElementAttributes,
  SaElementClasses,
  SaElementEvents,
  SaElementProperties,
} from './element-types.js';

type EventHandlers<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

type Own<Tag extends keyof SaElementClasses> = SaElementProperties[Tag] &
  SaElementAttributes[Tag] &
  EventHandlers<SaElementEvents[Tag]>;

/** The JSX props of one `sa-*` tag. */
export type SaReactProps<Tag extends keyof SaElementClasses> = Own<Tag> &
  Omit<
    DetailedHTMLProps<HTMLAttributes<SaElementClasses[Tag]>, SaElementClasses[Tag]>,
    keyof Own<Tag>
  >;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'sa-agreement': SaReactProps<'sa-agreement'>;
      'sa-indicator-sparkline': SaReactProps<'sa-indicator-sparkline'>;
      'sa-focus-area-card': SaReactProps<'sa-focus-area-card'>;
      'sa-overview': SaReactProps<'sa-overview'>;
      'sa-area-comparison': SaReactProps<'sa-area-comparison'>;
    }
  }
}
