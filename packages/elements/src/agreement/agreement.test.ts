import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Agreement } from '@sundhedsaftale/data';
import '../define.js';
import { requestCount, sample, shadow, unique } from '../../test/helpers.js';

describe('<sa-agreement>', () => {
  let consultation: Agreement;
  before(async () => {
    consultation = await sample('midt-2019-2023');
  });

  it('is accessible and shows its children', async () => {
    const el = await fixture(
      html`<sa-agreement .data=${consultation}>
        <p>Indhold</p>
        <sa-indicator-sparkline indicator="dagligrygere"></sa-indicator-sparkline>
      </sa-agreement>`,
    );
    await expect(el).to.be.accessible();
    expect(el.querySelector('p')!.offsetHeight).to.be.greaterThan(0);
  });

  it('loads src once and provides it to every widget inside, firing sa-load', async () => {
    const key = unique();
    const el = document.createElement('sa-agreement');
    el.src = `/__test__/sample/midt-2019-2023/${key}`;
    for (const id of ['dagligrygere', 'tvangsindlaeggelser', 'psykiatriske-genindlaeggelser']) {
      const child = document.createElement('sa-indicator-sparkline');
      child.indicator = id;
      el.append(child);
    }
    const loaded = oneEvent(el, 'sa-load');
    (await fixture(html`<div></div>`)).append(el);
    await loaded;
    const children = Array.from(el.querySelectorAll('sa-indicator-sparkline'));
    await Promise.all(children.map((c) => c.updateComplete));
    for (const child of children) expect(shadow(child).querySelector('[part=value]')).to.exist;
    expect(await requestCount(key)).to.equal(1);
  });

  it('announces a load error once, with role="alert", and fires sa-error', async () => {
    const el = document.createElement('sa-agreement');
    el.src = `/__test__/status/404?${unique()}`;
    el.append(document.createElement('sa-indicator-sparkline'));
    const error = oneEvent(el, 'sa-error');
    (await fixture(html`<div></div>`)).append(el);
    const event = await error;
    await el.updateComplete;
    expect(event.detail.message).to.match(/\(404 Ikke fundet\)/);
    expect(shadow(el).querySelector('[role=alert]')!.textContent).to.match(/404 Ikke fundet/);
    const child = el.querySelector('sa-indicator-sparkline')!;
    await child.updateComplete;
    expect(
      shadow(child).querySelector('[role=alert]'),
      'children show it without a second alert',
    ).to.equal(null);
    expect(shadow(child).querySelector('[part~=error]')!.textContent).to.match(/404/);
    await expect(el).to.be.accessible();
  });

  it('switches its children to a new src', async () => {
    const el = await fixture<HTMLElementTagNameMap['sa-agreement']>(
      html`<sa-agreement src="/__test__/sample/midt-2019-2023/${unique()}">
        <sa-indicator-sparkline indicator="psykiatriske-genindlaeggelser"></sa-indicator-sparkline>
      </sa-agreement>`,
    );
    const child = el.querySelector('sa-indicator-sparkline')!;
    await oneEvent(el, 'sa-load');
    await child.updateComplete;
    expect(shadow(child).querySelector('[part=value]')!.textContent).to.equal('10,8 %');
    el.src = `/__test__/sample/midt-2024-2027/${unique()}`;
    await oneEvent(el, 'sa-load');
    await child.updateComplete;
    expect(shadow(child).querySelector('[part=value]')!.textContent).to.equal('10,7 %');
  });
});
