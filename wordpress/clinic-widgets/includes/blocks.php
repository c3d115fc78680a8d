<?php
/**
 * The four blocks. Each is dynamic: the post keeps a block comment with its attributes, not the
 * custom tags (which WordPress strips from posts saved by anyone without unfiltered_html), and PHP
 * renders the widget on every view. The FAQ's questions are inner blocks whose answers are
 * ordinary paragraphs and lists.
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script (plain JavaScript over WordPress's `wp.*` globals: no build step) and
 * the blocks from their block.json files.
 */
function register_blocks(): void {
	wp_register_script(
		'clinic-widgets-editor',
		plugins_url( 'assets/editor.js', FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-data', 'wp-i18n' ),
		asset_version( 'assets/editor.js' ),
		true
	);
	wp_set_script_translations( 'clinic-widgets-editor', 'clinic-widgets', plugin_dir_path( FILE ) . 'languages' );
	wp_register_style( 'clinic-widgets-editor', plugins_url( 'assets/editor.css', FILE ), array(), asset_version( 'assets/editor.css' ) );

	$blocks = dirname( __DIR__ ) . '/blocks/';
	register_block_type(
		$blocks . 'book-button',
		array(
			'render_callback' => fn ( array $attributes ) => book_button(
				array(
					'label'      => $attributes['label'] ?? '',
					'href'       => $attributes['href'] ?? '',
					'phone'      => $attributes['phone'] ?? '',
					'mode'       => $attributes['mode'] ?? '',
					'variant'    => $attributes['variant'] ?? '',
					'size'       => $attributes['size'] ?? '',
					'full_width' => ! empty( $attributes['fullWidth'] ),
					'new_tab'    => ! empty( $attributes['newTab'] ),
				)
			),
		)
	);
	register_block_type( $blocks . 'faq', array( 'render_callback' => __NAMESPACE__ . '\render_faq_block' ) );
	register_block_type(
		$blocks . 'faq-question',
		array(
			// Rendered by its FAQ; on its own (a copy pasted elsewhere), a plain question and answer.
			'render_callback' => fn ( array $attributes, string $content ) => tag(
				'details',
				array(),
				'<summary>' . esc_html( wp_strip_all_tags( (string) ( $attributes['question'] ?? '' ) ) ) . '</summary>' . wp_kses_post( $content )
			),
		)
	);
	register_block_type(
		$blocks . 'treatment-card',
		array(
			'render_callback' => fn ( array $attributes ) => treatment_card(
				array(
					'heading'         => $attributes['heading'] ?? '',
					'summary'         => $attributes['summary'] ?? '',
					'facts'           => $attributes['facts'] ?? array(),
					'disclaimer'      => $attributes['disclaimer'] ?? '',
					'src'             => $attributes['src'] ?? '',
					'variant'         => $attributes['variant'] ?? '',
					'heading_level'   => $attributes['headingLevel'] ?? 2,
					'structured_data' => ! empty( $attributes['structuredData'] ),
					'no_booking'      => ! empty( $attributes['noBooking'] ),
				)
			),
		)
	);
	register_block_type(
		$blocks . 'crisis-support',
		array(
			'render_callback' => fn ( array $attributes ) => crisis_support(
				array(
					'variant'       => $attributes['variant'] ?? '',
					'heading_level' => $attributes['headingLevel'] ?? 2,
				)
			),
		)
	);
}

/**
 * The FAQ block: its question blocks become plain <details>, answers rendered from their own blocks.
 *
 * @param array<string, mixed> $attributes The FAQ's attributes.
 * @param string               $content    The questions rendered alone (unused: the FAQ renders them together).
 * @param \WP_Block            $block      The block, with its inner blocks.
 */
function render_faq_block( array $attributes, string $content, \WP_Block $block ): string {
	$questions = array();
	foreach ( $block->inner_blocks as $question ) {
		if ( 'clinic-widgets/faq-question' !== $question->name ) {
			continue;
		}
		$answer = '';
		foreach ( $question->inner_blocks as $part ) {
			$answer .= $part->render();
		}
		$questions[] = array(
			'question' => (string) ( $question->attributes['question'] ?? '' ),
			'answer'   => $answer,
		);
	}
	return faq(
		$questions,
		array(
			'heading'         => $attributes['heading'] ?? '',
			'heading_level'   => $attributes['headingLevel'] ?? 2,
			'searchable'      => ! empty( $attributes['searchable'] ),
			'toggle_all'      => ! empty( $attributes['toggleAll'] ),
			'single'          => ! empty( $attributes['single'] ),
			'structured_data' => ! empty( $attributes['structuredData'] ),
			'src'             => $attributes['src'] ?? '',
		)
	);
}
