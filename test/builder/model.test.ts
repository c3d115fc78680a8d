import { expect } from '@open-wc/testing';
import { parseHours } from '../../src/internal/hours.js';
import { openingHours, statusLine, rangeProblems } from '../../builder/app/hours.js';
import { checkBrand, contrast, formatRatio, nearestShade, textOn, AA_TEXT, SURFACE } from '../../builder/app/contrast.js';
import { checkCard } from '../../builder/app/card.js';
import { itemsFromHtml, itemsFromJson, itemsToJson, settingsFromFragment, settingsToFragment } from '../../builder/app/import.js';
import { defaultSettings, emptyCard, emptyEvidence, readSettings, type DayHours } from '../../builder/app/settings.js';

const open = (...ranges: [string, string][]): DayHours => ({ open: true, ranges: ranges.map(([from, to]) => ({ from, to })) });
const closed: DayHours = { open: false, ranges: [{ from: '09:00', to: '17:00' }] };

describe('builder: office hours', () => {
  it('writes the week as openingHours, days with the same hours together', () => {
    const weekdays = open(['08:00', '17:00']);
    expect(openingHours([weekdays, weekdays, weekdays, weekdays, weekdays, open(['09:00', '12:00']), closed])).to.equal(
      'Mo-Fr 08:00-17:00; Sa 09:00-12:00',
    );
    const morning = open(['09:00', '12:00'], ['13:00', '17:00']);
    expect(openingHours([morning, closed, morning, closed, closed, closed, open(['10:00', '14:00'])])).to.equal(
      'Mo,We 09:00-12:00,13:00-17:00; Su 10:00-14:00',
    );
    expect(openingHours([closed, closed, closed, closed, open(['22:00', '02:00']), open(['22:00', '02:00']), closed])).to.equal(
      'Fr,Sa 22:00-02:00',
    );
    expect(openingHours(Array(7).fill(closed))).to.equal('');
  });

  it('leaves out unusable ranges and names them, and what it writes always parses', () => {
    const week = [open(['09:00', '']), open(['09:00', '09:00']), open(['09:00', '17:00']), closed, closed, closed, closed];
    expect(rangeProblems(week)).to.deep.equal([
      [0, 0],
      [1, 0],
    ]);
    expect(openingHours(week)).to.equal('We 09:00-17:00');
    expect(parseHours(openingHours(week))).to.deep.equal([[2 * 1440 + 540, 2 * 1440 + 1020]]);
  });

  it('says what the booking button will say, in the clinic’s zone and language', () => {
    // Monday 30 November 2026, 16:30 UTC: 9:30 AM in Phoenix.
    const now = new Date(Date.UTC(2026, 10, 30, 16, 30));
    expect(statusLine('Mo-Fr 08:00-17:00', 'America/Phoenix', 'en', now)).to.match(/^Open now · closes 5:00\sPM/);
    expect(statusLine('Mo-Fr 08:00-17:00', 'America/Phoenix', 'es', now)).to.match(/^Abierto ahora · cierra a las 17:00/);
    expect(statusLine('Sa 09:00-12:00', 'America/Phoenix', 'en', now)).to.match(/^Closed · opens Saturday 9:00\sAM/);
    expect(statusLine('24/7', 'America/Phoenix', 'en', now)).to.equal('Open 24 hours');
    expect(statusLine('', 'America/Phoenix', 'en', now)).to.equal(undefined);
  });
});

describe('builder: brand colour contrast', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast('#000000', '#ffffff')).to.equal(21);
    expect(contrast('#ffffff', '#ffffff')).to.equal(1);
    // #767676 is the lightest grey that passes on white; #777777 just fails.
    expect(contrast('#767676', '#ffffff')).to.be.at.least(AA_TEXT);
    expect(contrast('#777777', '#ffffff')).to.be.below(AA_TEXT);
    expect(formatRatio(contrast('#777777', '#ffffff'))).to.equal('4.4:1');
  });

  it('offers the nearest shade that passes, of the same colour', () => {
    const passes = (color: string) => contrast(color, '#ffffff') >= AA_TEXT;
    expect(nearestShade('#0b5cad', passes)).to.equal('#0b5cad');
    const shade = nearestShade('#7fd3da', passes)!;
    expect(passes(shade)).to.equal(true);
    // One step lighter no longer passes: it is the nearest.
    const lighter = `#${[1, 3, 5]
      .map((i) =>
        Math.min(255, parseInt(shade.slice(i, i + 2), 16) + 6)
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')}`;
    expect(passes(lighter)).to.equal(false);
    expect(nearestShade('#7fd3da', () => false)).to.equal(undefined);
    expect(textOn('#0b5cad')).to.equal('#ffffff');
    expect(textOn('#ffd166')).to.equal('#0b1a2b');
  });

  it('checks button text and page text, with a dark-mode shade that reads on the widgets’ dark surface', () => {
    const good = checkBrand('#0b5cad', '#ffffff', true);
    expect(good.passes).to.equal(true);
    expect(contrast(good.dark!, SURFACE.dark)).to.be.at.least(AA_TEXT);
    const light = checkBrand('#7fd3da', '#ffffff', false);
    expect(light.passes).to.equal(false);
    expect(checkBrand(light.suggestion!, '#ffffff', false).passes).to.equal(true);
    expect(light.dark).to.equal(undefined);
  });
});

describe('builder: treatment card form', () => {
  it('reports the card validator’s problems beside the fields they name', () => {
    const form = emptyCard();
    form.name = 'Ketamine';
    form.facts = [{ label: '', value: 'IV infusion' }];
    form.lastReviewed = '2026-13-45';
    form.actionLabel = 'Book';
    form.actionUrl = 'javascript:alert(1)';
    const study = emptyEvidence();
    Object.assign(study, { title: 'A study', year: 'two thousand', url: 'ftp://example.com', doi: 'doi:10.1/x', pmid: 'PMID 1' });
    form.evidence = [study];
    const { content, problems } = checkCard(form);
    expect(Object.fromEntries(problems)).to.deep.equal({
      'card-facts-0-label': 's',
      'card-evidence-0-year': 'n',
      'card-evidence-0-url': 'u',
      'card-lastReviewed': 'd',
      'card-action-url': 'u',
      'card-evidence-0-doi': 'doi',
      'card-evidence-0-pmid': 'pmid',
    });
    expect(content!.name).to.equal('Ketamine');
    expect(content!.facts, 'the incomplete fact is left out').to.deep.equal([]);
    expect(checkCard(emptyCard()).content).to.equal(undefined);
  });
});

describe('builder: bringing content in', () => {
  it('reads questions from <details> HTML as the FAQ’s text, links and lists kept, scripts and handlers dropped', () => {
    const items = itemsFromHtml(`
      <details class="wp-block-details" id="parking"><summary>Where do I <strong>park</strong>?</summary>
        <p>Behind the clinic, <b>free</b>. See <a href="https://example.com/map">the map</a> or <a href="javascript:alert(1)">this</a>.</p>
        <ul><li>Level 1</li><li><em>Level 2</em></li></ul>
        <p>Onion=1 stays text.<script>window.__pwned = 1</script><img src="x" onerror="window.__pwned = 1"></p>
      </details>
      <details><summary></summary><p>No question: skipped.</p></details>`);
    expect(items).to.deep.equal([
      {
        id: 'parking',
        question: 'Where do I park?',
        answer:
          'Behind the clinic, **free**. See [the map](https://example.com/map) or this.\n\n- Level 1\n- *Level 2*\n\nOnion=1 stays text.',
      },
    ]);
    expect((window as Window & { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('reads and writes FAQ JSON ({ items }), the same both ways', () => {
    const json = {
      items: [
        { id: 'a', question: 'Q?', answer: 'A.' },
        { question: 'R?', answer: '- x\n- y' },
      ],
    };
    const items = itemsFromJson(JSON.stringify(json));
    expect(JSON.parse(itemsToJson(items))).to.deep.equal(json);
    expect(itemsFromJson(JSON.stringify(json.items))).to.deep.equal(items);
    expect(() => itemsFromJson('not json')).to.throw();
  });

  it('keeps only well-typed, allowed values from loaded settings', () => {
    const settings = readSettings(
      {
        clinic: { name: 42, lang: 'fr', theme: 'neon', week: [1, 2, 3], brandOn: 'yes' },
        script: { from: 'evil', cdn: 'example' },
        widgets: { book: { on: false, variant: 'huge' }, faq: { items: [{ question: 'Q', answer: 7 }, 'x'] } },
      },
      'en',
    );
    const base = defaultSettings('en');
    expect(settings.clinic.name).to.equal('');
    expect(settings.clinic.lang).to.equal('en');
    expect(settings.clinic.theme).to.equal('auto');
    expect(settings.clinic.week).to.deep.equal(base.clinic.week);
    expect(settings.clinic.brandOn).to.equal(false);
    expect(settings.script).to.deep.equal(base.script);
    expect(settings.widgets.book).to.deep.equal({ ...base.widgets.book, on: false });
    expect(settings.widgets.faq.items).to.deep.equal([{ id: '', question: 'Q', answer: '' }]);
  });

  it('carries the settings in a URL fragment and back', async () => {
    const settings = defaultSettings('es');
    settings.clinic.name = 'Clínica «Renovar» 💉';
    settings.widgets.faq.items = [{ id: 'x', question: '¿Cuándo?', answer: 'Pronto.'.repeat(500) }];
    const fragment = await settingsToFragment(settings);
    expect(fragment).to.match(/^s=[\w-]+$/);
    expect(await settingsFromFragment(`#${fragment}`, 'en')).to.deep.equal(settings);
    expect(await settingsFromFragment('#parking', 'en')).to.equal(undefined);
    let failed = false;
    await settingsFromFragment('#s=AAAA', 'en').catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});
