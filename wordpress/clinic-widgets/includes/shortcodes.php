<?php
/**
 * Shortcodes for the classic editor and page builders, rendering the same HTML as the blocks.
 * Attribute names use underscores (heading_level); flags may be written bare ([clinic_faq searchable])
 * or with a value (searchable="yes").
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode's attributes with defaults, flags read as booleans.
 *
 * @param mixed                $atts     What WordPress parsed ('' when there are none).
 * @param array<string, mixed> $defaults Every attribute the shortcode takes.
 * @param string[]             $flags    The boolean ones.
 * @param string               $tag      The shortcode's name, for the shortcode_atts_{$tag} filter.
 * @return array<string, mixed>
 */
function shortcode_options( $atts, array $defaults, array $flags, string $tag ): array {
	$atts    = is_array( $atts ) ? $atts : array();
	$options = shortcode_atts( $defaults, $atts, $tag );
	foreach ( $flags as $flag ) {
		$value            = $atts[ $flag ] ?? null;
		$options[ $flag ] = in_array( $flag, $atts, true ) // Written bare: WordPress lists it without a key.
			|| ( is_string( $value ) && in_array( strtolower( $value ), array( '1', 'true', 'yes', 'on', $flag ), true ) );
	}
	return $options;
}

/**
 * A shortcode's enclosed content as HTML: WordPress's automatic paragraphs ran over the post before
 * the shortcodes did, so the content can start inside one paragraph and end inside another.
 *
 * @param string $content The enclosed content.
 */
function enclosed_html( string $content ): string {
	$content = do_shortcode( shortcode_unautop( $content ) );
	$content = preg_replace( array( '#^(\s|<br\s*/?>|</p>)+#i', '#(\s|<br\s*/?>|<p>)+$#i' ), '', $content );
	return wp_kses_post( wpautop( force_balance_tags( $content ) ) );
}

add_shortcode(
	'clinic_book_button',
	fn ( $atts ) => book_button(
		shortcode_options(
			$atts,
			array(
				'label'   => '',
				'href'    => '',
				'phone'   => '',
				'mode'    => 'link',
				'variant' => 'primary',
				'size'    => 'medium',
			),
			array( 'full_width', 'new_tab' ),
			'clinic_book_button'
		)
	)
);

/** The questions of the [clinic_faq] being rendered; null outside one. */
final class Faq_Questions {
	/**
	 * Questions collected so far.
	 *
	 * @var array<int, array<string, string>>|null
	 */
	public static ?array $collected = null;
}

add_shortcode(
	'clinic_faq',
	function ( $atts, $content = '' ) {
		$options = shortcode_options(
			$atts,
			array(
				'heading'       => '',
				'heading_level' => 2,
				'src'           => '',
			),
			array( 'searchable', 'toggle_all', 'single', 'structured_data' ),
			'clinic_faq'
		);
		// Each [clinic_question] inside hands its question over; text between them is left out.
		$outer                    = Faq_Questions::$collected;
		Faq_Questions::$collected = array();
		do_shortcode( shortcode_unautop( (string) $content ) );
		$questions                = Faq_Questions::$collected;
		Faq_Questions::$collected = $outer;
		return faq( $questions, $options );
	}
);

add_shortcode(
	'clinic_question',
	function ( $atts, $content = '' ) {
		$options = shortcode_atts(
			array(
				'q'  => '',
				'id' => '',
			),
			is_array( $atts ) ? $atts : array(),
			'clinic_question'
		);
		$item    = array(
			'question' => (string) $options['q'],
			'id'       => (string) $options['id'],
			'answer'   => enclosed_html( (string) $content ),
		);
		if ( null !== Faq_Questions::$collected ) {
			Faq_Questions::$collected[] = $item;
			return '';
		}
		// Outside [clinic_faq]: a plain question and answer.
		return tag( 'details', array(), '<summary>' . esc_html( wp_strip_all_tags( $item['question'] ) ) . '</summary>' . $item['answer'] );
	}
);

add_shortcode(
	'clinic_treatment_card',
	function ( $atts, $content = '' ) {
		$options = shortcode_options(
			$atts,
			array(
				'src'           => '',
				'heading'       => '',
				'summary'       => '',
				'disclaimer'    => '',
				'variant'       => 'full',
				'heading_level' => 2,
			),
			array( 'structured_data', 'no_booking' ),
			'clinic_treatment_card'
		);
		return treatment_card( $options, '' === trim( (string) $content ) ? '' : enclosed_html( (string) $content ) );
	}
);

add_shortcode(
	'clinic_crisis_support',
	fn ( $atts ) => crisis_support(
		shortcode_options(
			$atts,
			array(
				'variant'       => 'card',
				'heading_level' => 2,
			),
			array(),
			'clinic_crisis_support'
		)
	)
);
