// The built drop-in as a clinic uses it: script tags, in every engine. `npm test` builds dist/ first.
import { expect } from '@open-wc/testing';
import { spy } from 'sinon';

const TAGS = ['clinic-provider', 'clinic-treatment-card', 'clinic-crisis-support', 'clinic-book-button', 'clinic-faq'];

function addScript(src: string, module: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    if (module) script.type = 'module';
    script.src = `${src}?copy=${Math.random()}`;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load: run npm run build`));
    document.head.append(script);
  });
}

describe('the drop-in bundles', () => {
  it('define every element, and loading both bundles twice each breaks nothing', async () => {
    const warn = spy(console, 'warn');
    const error = spy(console, 'error');
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      await addScript('/dist/clinic-widgets.js', true);
      await addScript('/dist/clinic-widgets.js', true);
      await addScript('/dist/clinic-widgets.iife.js', false);
      await addScript('/dist/clinic-widgets.iife.js', false);
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
      const host = document.createElement('div');
      host.innerHTML = '<clinic-provider name="Renew Wellness"><p>Hello</p></clinic-provider>';
      document.body.append(host);
      await new Promise((r) => setTimeout(r, 50));
      expect(host.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(uncaught).to.deep.equal([]);
      expect(error.callCount).to.equal(0);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.include('already defined');
      host.remove();
    } finally {
      window.removeEventListener('error', onError);
      warn.restore();
      error.restore();
    }
  });
});
