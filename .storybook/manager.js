// The "Brand" toolbar tool: a colour picker for the one brand colour the widgets derive their palette
// from. It sets the global `brand`, which the preview's decorator applies as --clinic-color-primary
// around every story; "Reset" goes back to the defaults.
import { createElement as h } from 'react';
import { addons, types, useGlobals } from 'storybook/manager-api';

function BrandTool() {
  const [{ brand }, updateGlobals] = useGlobals();
  return h(
    'span',
    { style: { display: 'inline-flex', alignItems: 'center', gap: 6, padding: '0 8px', fontSize: 12 } },
    h(
      'label',
      { style: { display: 'inline-flex', alignItems: 'center', gap: 6 } },
      'Brand',
      h('input', {
        type: 'color',
        value: brand || '#0b5cad',
        title: 'One brand colour: --clinic-color-primary on every story',
        style: { inlineSize: 28, blockSize: 22, padding: 0, border: 0, background: 'none' },
        onChange: (event) => updateGlobals({ brand: event.target.value }),
      }),
    ),
    brand ? h('button', { type: 'button', onClick: () => updateGlobals({ brand: '' }) }, 'Reset') : null,
  );
}

addons.register('clinic-widgets/brand', () => {
  addons.add('clinic-widgets/brand/tool', {
    type: types.TOOL,
    title: 'Brand colour',
    match: ({ viewMode }) => viewMode === 'story' || viewMode === 'docs',
    render: BrandTool,
  });
});
