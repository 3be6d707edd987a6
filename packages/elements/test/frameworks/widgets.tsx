// The React 19 component the framework tests render: every public widget, with its handlers, as a user
// writes it. Type-checked (strict) against the packed declarations by typings.test.js.
import type {} from '@sundhedsaftale/elements/react';
import type { Agreement } from '@sundhedsaftale/data';
import type { SaErrorEvent, SaLoadEvent } from '@sundhedsaftale/elements';

export type Heard = (tag: string, event: SaLoadEvent | SaErrorEvent) => void;

export interface WidgetProps {
  agreement?: Agreement;
  src?: string;
  area?: string;
  lang?: string;
  focusArea: string;
  indicator: string;
  heard: Heard;
}

export function Widgets({ agreement, src, area, lang, focusArea, indicator, heard }: WidgetProps) {
  return (
    <div className="widgets">
      <sa-overview
        id="overview"
        data={agreement}
        src={src}
        area={area}
        lang={lang}
        onsa-load={(e) => heard('sa-overview', e)}
        onsa-error={(e) => heard('sa-overview', e)}
      />
      <sa-focus-area-card
        focus-area={focusArea}
        data={agreement}
        src={src}
        area={area}
        lang={lang}
        onsa-load={(e) => heard('sa-focus-area-card', e)}
        onsa-error={(e) => heard('sa-focus-area-card', e)}
      />
      <sa-indicator-sparkline
        indicator={indicator}
        data={agreement}
        src={src}
        area={area}
        lang={lang}
        style={{ display: 'block' }}
        onsa-load={(e) => heard('sa-indicator-sparkline', e)}
        onsa-error={(e) => heard('sa-indicator-sparkline', e)}
      />
    </div>
  );
}
