// The block editor's side of the Clinic widgets blocks: settings in the sidebar and a live preview
// (the drop-in and the clinic's provider are on the editor's page too). Plain JavaScript over
// WordPress's own `wp.*` globals, so the plugin needs no build step. The blocks are dynamic: PHP
// renders them, and posts keep only block comments and attributes (and the FAQ's answer blocks).
// The previews ask the block renderer REST route for that same HTML; the FAQ's, whose questions are
// inner blocks the route does not see, is built here from them.
(function (wp) {
  'use strict';
  const { registerBlockType, serialize } = wp.blocks;
  const { createElement: el, Fragment, RawHTML, useState } = wp.element;
  const { useBlockProps, InspectorControls, BlockControls, InnerBlocks, PlainText } = wp.blockEditor;
  const { PanelBody, TextControl, TextareaControl, SelectControl, ToggleControl, ToolbarGroup, ToolbarButton, Button, Disabled } =
    wp.components;
  const { useSelect } = wp.data;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  /** The widget as the site will show it, inert (links do not navigate away from the editor). */
  const preview = (name, attributes) => el(Disabled, null, el(ServerSideRender, { block: name, attributes }));

  /** onChange for one attribute. */
  const setter = (setAttributes, key) => (value) => setAttributes({ [key]: value });

  const headingLevels = (from, to) =>
    Array.from({ length: to - from + 1 }, (_, index) => ({ label: `H${from + index}`, value: String(from + index) }));

  registerBlockType('clinic-widgets/book-button', {
    edit({ attributes, setAttributes }) {
      const set = (key) => setter(setAttributes, key);
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Booking', 'clinic-widgets') },
            el(TextControl, {
              label: __('Label', 'clinic-widgets'),
              help: __('Leave empty for “Book an appointment”.', 'clinic-widgets'),
              value: attributes.label,
              onChange: set('label'),
            }),
            el(TextControl, {
              label: __('Booking page', 'clinic-widgets'),
              type: 'url',
              help: __('Leave empty to use the one in Settings → Clinic widgets.', 'clinic-widgets'),
              value: attributes.href,
              onChange: set('href'),
            }),
            el(TextControl, {
              label: __('Phone', 'clinic-widgets'),
              type: 'tel',
              help: __('Leave empty to use the one in Settings → Clinic widgets.', 'clinic-widgets'),
              value: attributes.phone,
              onChange: set('phone'),
            }),
            el(SelectControl, {
              label: __('The booking page opens', 'clinic-widgets'),
              value: attributes.mode,
              options: [
                { label: __('In place of this page', 'clinic-widgets'), value: 'link' },
                { label: __('In a dialog on this page', 'clinic-widgets'), value: 'dialog' },
              ],
              onChange: set('mode'),
            }),
            el(ToggleControl, {
              label: __('Open the booking page in a new tab', 'clinic-widgets'),
              checked: attributes.newTab,
              onChange: set('newTab'),
            }),
          ),
          el(
            PanelBody,
            { title: __('Appearance', 'clinic-widgets') },
            el(SelectControl, {
              label: __('Style', 'clinic-widgets'),
              value: attributes.variant,
              options: [
                { label: __('Filled', 'clinic-widgets'), value: 'primary' },
                { label: __('Light', 'clinic-widgets'), value: 'secondary' },
                { label: __('Outline', 'clinic-widgets'), value: 'outline' },
              ],
              onChange: set('variant'),
            }),
            el(SelectControl, {
              label: __('Size', 'clinic-widgets'),
              value: attributes.size,
              options: [
                { label: __('Small', 'clinic-widgets'), value: 'small' },
                { label: __('Medium', 'clinic-widgets'), value: 'medium' },
                { label: __('Large', 'clinic-widgets'), value: 'large' },
              ],
              onChange: set('size'),
            }),
            el(ToggleControl, { label: __('Full width', 'clinic-widgets'), checked: attributes.fullWidth, onChange: set('fullWidth') }),
          ),
        ),
        preview('clinic-widgets/book-button', attributes),
      );
    },
    save: () => null,
  });

  const escapeHtml = (text) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

  /**
   * The FAQ as the site will show it, built from the questions being edited: the block renderer
   * only sees attributes, and the questions are inner blocks. Answers are their blocks' own HTML.
   */
  function faqPreview(attributes, questions) {
    const level = attributes.headingLevel;
    const flags = ['searchable', 'single'].filter((flag) => attributes[flag]).concat(attributes.toggleAll ? ['toggle-all'] : []);
    const heading = attributes.heading.trim() ? `<h${level}>${escapeHtml(attributes.heading)}</h${level}>` : '';
    const details = questions
      .filter((question) => question.attributes.question.trim())
      .map(
        (question) => `<details><summary>${escapeHtml(question.attributes.question)}</summary>${serialize(question.innerBlocks)}</details>`,
      );
    return `<clinic-faq heading-level="${level}" ${flags.join(' ')}>${heading}${details.join('')}</clinic-faq>`;
  }

  registerBlockType('clinic-widgets/faq', {
    edit({ attributes, setAttributes, clientId }) {
      const set = (key) => setter(setAttributes, key);
      const [previewing, setPreviewing] = useState(false);
      const questions = useSelect((select) => select('core/block-editor').getBlocks(clientId), [clientId]);
      return el(
        'div',
        useBlockProps({ className: 'clinic-widgets-faq-editor' }),
        el(
          BlockControls,
          null,
          el(
            ToolbarGroup,
            null,
            el(ToolbarButton, {
              icon: previewing ? 'edit' : 'visibility',
              label: previewing ? __('Edit the questions', 'clinic-widgets') : __('Preview the FAQ', 'clinic-widgets'),
              isPressed: previewing,
              onClick: () => setPreviewing(!previewing),
            }),
          ),
        ),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('FAQ', 'clinic-widgets') },
            el(SelectControl, {
              label: __('Heading level', 'clinic-widgets'),
              help: __('Questions are one level below.', 'clinic-widgets'),
              value: String(attributes.headingLevel),
              options: headingLevels(1, 5),
              onChange: (value) => setAttributes({ headingLevel: Number(value) }),
            }),
            el(ToggleControl, {
              label: __('Search box', 'clinic-widgets'),
              checked: attributes.searchable,
              onChange: set('searchable'),
            }),
            el(ToggleControl, {
              label: __('“Expand all” button', 'clinic-widgets'),
              checked: attributes.toggleAll,
              onChange: set('toggleAll'),
            }),
            el(ToggleControl, {
              label: __('One answer open at a time', 'clinic-widgets'),
              checked: attributes.single,
              onChange: set('single'),
            }),
            el(ToggleControl, {
              label: __('Structured data for search engines (FAQPage)', 'clinic-widgets'),
              checked: attributes.structuredData,
              onChange: set('structuredData'),
            }),
            el(TextControl, {
              label: __('Questions from a JSON file (optional)', 'clinic-widgets'),
              type: 'url',
              help: __(
                'The address of a JSON file of questions. The questions written here show until it loads, and without JavaScript.',
                'clinic-widgets',
              ),
              value: attributes.src,
              onChange: set('src'),
            }),
          ),
        ),
        previewing
          ? el(RawHTML, null, faqPreview(attributes, questions))
          : el(
              Fragment,
              null,
              el(PlainText, {
                className: 'clinic-widgets-faq-editor__heading',
                value: attributes.heading,
                onChange: set('heading'),
                placeholder: __('Heading (optional)', 'clinic-widgets'),
                'aria-label': __('FAQ heading', 'clinic-widgets'),
              }),
              el(InnerBlocks, {
                allowedBlocks: ['clinic-widgets/faq-question'],
                template: [['clinic-widgets/faq-question']],
                renderAppender: InnerBlocks.ButtonBlockAppender,
              }),
            ),
      );
    },
    save: () => el(InnerBlocks.Content),
  });

  registerBlockType('clinic-widgets/faq-question', {
    edit({ attributes, setAttributes }) {
      return el(
        'div',
        useBlockProps({ className: 'clinic-widgets-question-editor' }),
        el(PlainText, {
          className: 'clinic-widgets-question-editor__question',
          value: attributes.question,
          onChange: setter(setAttributes, 'question'),
          placeholder: __('Question', 'clinic-widgets'),
          'aria-label': __('Question', 'clinic-widgets'),
        }),
        el(InnerBlocks, {
          allowedBlocks: ['core/paragraph', 'core/list', 'core/heading', 'core/image'],
          template: [['core/paragraph', { placeholder: __('Answer', 'clinic-widgets') }]],
        }),
      );
    },
    save: () => el(InnerBlocks.Content),
  });

  /** The card's key facts: label and value pairs, added and removed one by one. */
  function FactsEditor({ facts, onChange }) {
    const update = (index, key, value) => onChange(facts.map((fact, at) => (at === index ? { ...fact, [key]: value } : fact)));
    return el(
      Fragment,
      null,
      facts.map((fact, index) =>
        el(
          'fieldset',
          { key: index, className: 'clinic-widgets-fact-editor' },
          el('legend', null, __('Key fact', 'clinic-widgets') + ' ' + (index + 1)),
          el(TextControl, {
            label: __('Label', 'clinic-widgets'),
            value: fact.label || '',
            onChange: (value) => update(index, 'label', value),
          }),
          el(TextControl, {
            label: __('Value', 'clinic-widgets'),
            value: fact.value || '',
            onChange: (value) => update(index, 'value', value),
          }),
          el(
            Button,
            { variant: 'link', isDestructive: true, onClick: () => onChange(facts.filter((_, at) => at !== index)) },
            __('Remove this fact', 'clinic-widgets'),
          ),
        ),
      ),
      el(
        Button,
        { variant: 'secondary', onClick: () => onChange([...facts, { label: '', value: '' }]) },
        __('Add a key fact', 'clinic-widgets'),
      ),
    );
  }

  registerBlockType('clinic-widgets/treatment-card', {
    edit({ attributes, setAttributes }) {
      const set = (key) => setter(setAttributes, key);
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Content', 'clinic-widgets') },
            el(TextControl, { label: __('Treatment name', 'clinic-widgets'), value: attributes.heading, onChange: set('heading') }),
            el(TextareaControl, { label: __('Summary', 'clinic-widgets'), value: attributes.summary, onChange: set('summary') }),
            el(FactsEditor, { facts: attributes.facts || [], onChange: set('facts') }),
            el(TextareaControl, {
              label: __('Disclaimer', 'clinic-widgets'),
              help: __('Leave empty for “This is general information, not medical advice.”', 'clinic-widgets'),
              value: attributes.disclaimer,
              onChange: set('disclaimer'),
            }),
            el(TextControl, {
              label: __('Content from a JSON file (optional)', 'clinic-widgets'),
              type: 'url',
              help: __(
                'The address of a treatment content file; {lang} in it becomes en or es. The fields above show until it loads, and without JavaScript.',
                'clinic-widgets',
              ),
              value: attributes.src,
              onChange: set('src'),
            }),
          ),
          el(
            PanelBody,
            { title: __('Appearance', 'clinic-widgets') },
            el(SelectControl, {
              label: __('Layout', 'clinic-widgets'),
              value: attributes.variant,
              options: [
                { label: __('Everything', 'clinic-widgets'), value: 'full' },
                { label: __('Compact, with “Learn more”', 'clinic-widgets'), value: 'compact' },
              ],
              onChange: set('variant'),
            }),
            el(SelectControl, {
              label: __('Heading level', 'clinic-widgets'),
              value: String(attributes.headingLevel),
              options: headingLevels(1, 6),
              onChange: (value) => setAttributes({ headingLevel: Number(value) }),
            }),
            el(ToggleControl, {
              label: __('Booking button in the card', 'clinic-widgets'),
              checked: !attributes.noBooking,
              onChange: (value) => setAttributes({ noBooking: !value }),
            }),
            el(ToggleControl, {
              label: __('Structured data for search engines (MedicalWebPage)', 'clinic-widgets'),
              checked: attributes.structuredData,
              onChange: set('structuredData'),
            }),
          ),
        ),
        preview('clinic-widgets/treatment-card', attributes),
      );
    },
    save: () => null,
  });

  registerBlockType('clinic-widgets/crisis-support', {
    edit({ attributes, setAttributes }) {
      return el(
        'div',
        useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            PanelBody,
            { title: __('Crisis support', 'clinic-widgets') },
            el(SelectControl, {
              label: __('Layout', 'clinic-widgets'),
              value: attributes.variant,
              options: [
                { label: __('Card with every line', 'clinic-widgets'), value: 'card' },
                { label: __('Banner with “More help”', 'clinic-widgets'), value: 'banner' },
                { label: __('One sentence', 'clinic-widgets'), value: 'inline' },
              ],
              onChange: setter(setAttributes, 'variant'),
            }),
            attributes.variant === 'card' &&
              el(SelectControl, {
                label: __('Heading level', 'clinic-widgets'),
                value: String(attributes.headingLevel),
                options: headingLevels(1, 6),
                onChange: (value) => setAttributes({ headingLevel: Number(value) }),
              }),
          ),
        ),
        preview('clinic-widgets/crisis-support', attributes),
      );
    },
    save: () => null,
  });
})(window.wp);
