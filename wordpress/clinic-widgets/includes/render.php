<?php
/**
 * The widgets' HTML, shared by the blocks and the shortcodes: each element with its no-JavaScript
 * content inside (links, plain <details>, the crisis numbers), as the library's README documents it.
 * Every value is escaped here, on output; URLs are allow-listed.
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

const BOOK_MODES      = array( 'link', 'dialog' );
const BOOK_VARIANTS   = array( 'primary', 'secondary', 'outline' );
const BOOK_SIZES      = array( 'medium', 'small', 'large' );
const CARD_VARIANTS   = array( 'full', 'compact' );
const CRISIS_VARIANTS = array( 'card', 'banner', 'inline' );

/**
 * The language the widgets speak on the site: the settings' choice, else the site's.
 */
function widget_language(): string {
	$chosen = settings()['language'];
	return $chosen ? $chosen : site_language();
}

/**
 * The widgets' own words (book label, crisis lines…) in one language, as the drop-in has them:
 * data/strings.json is written by the build from src/locales/ and src/crisis-support/resources.ts.
 *
 * @param string $language "en" or "es".
 * @return array<string, mixed>
 */
function widget_strings( string $language ): array {
	static $all = null;
	if ( null === $all ) {
		$file = dirname( __DIR__ ) . '/data/strings.json';
		$all  = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	}
	return $all[ $language ] ?? $all['en'] ?? array();
}

/**
 * An element with attributes, each escaped. Null, false and '' leave the attribute out; true writes
 * it bare.
 *
 * @param string                               $name       Tag name.
 * @param array<string, string|int|bool|null> $attributes Attributes.
 * @param string                               $inner      Content, already escaped.
 */
function tag( string $name, array $attributes, string $inner = '' ): string {
	$html = '<' . $name;
	foreach ( $attributes as $key => $value ) {
		if ( null === $value || false === $value || '' === $value ) {
			continue;
		}
		$html .= true === $value ? ' ' . $key : sprintf( ' %s="%s"', $key, esc_attr( (string) $value ) );
	}
	return $html . '>' . $inner . '</' . $name . '>';
}

/**
 * A web address the widgets may link to (http, https or relative), normalized; '' for anything
 * else, `javascript:` included.
 *
 * @param mixed $value What a block, shortcode or setting says.
 */
function web_url( $value ): string {
	return is_string( $value ) && '' !== trim( $value ) ? esc_url_raw( trim( $value ), array( 'http', 'https' ) ) : '';
}

/**
 * A JSON content address for `src`: a web address, where "{lang}" stays for the widget to fill in.
 *
 * @param mixed $value What a block or shortcode says.
 */
function content_url( $value ): string {
	$placeholder = 'clinic-widgets-lang';
	return str_replace( $placeholder, '{lang}', web_url( is_string( $value ) ? str_replace( '{lang}', $placeholder, $value ) : '' ) );
}

/**
 * One of the allowed values, else the first.
 *
 * @param mixed    $value   What a block or shortcode says.
 * @param string[] $allowed Allowed values, the default first.
 */
function one_of( $value, array $allowed ): string {
	return in_array( $value, $allowed, true ) ? $value : $allowed[0];
}

/**
 * A heading level within a range, else 2.
 *
 * @param mixed $value What a block or shortcode says.
 * @param int   $max   The highest level the element takes.
 */
function heading_level( $value, int $max = 6 ): int {
	$level = is_numeric( $value ) ? (int) $value : 2;
	return $level >= 1 && $level <= $max ? $level : 2;
}

/**
 * Whether this render is the block editor's preview (the block renderer REST route).
 */
function is_editor_preview(): bool {
	return defined( 'REST_REQUEST' ) && REST_REQUEST && current_user_can( 'edit_posts' );
}

/**
 * A widget that cannot show anything: nothing on the site, a hint in the editor's preview.
 *
 * @param string $hint What the editor should do.
 */
function nothing_to_show( string $hint ): string {
	return is_editor_preview() ? '<p class="clinic-widgets-hint">' . esc_html( $hint ) . '</p>' : '';
}

/**
 * Marks the page as using widgets: the drop-in is enqueued (printed once, in the footer) and the
 * page-wide provider is printed before it.
 */
function use_widgets(): void {
	wp_enqueue_style( STYLE_HANDLE );
	wp_enqueue_script( SCRIPT_HANDLE );
	widgets_used( true );
}

/**
 * Whether a widget was rendered on this page.
 *
 * @param bool $now_used Records that one was.
 */
function widgets_used( bool $now_used = false ): bool {
	static $used = false;
	$used = $used || $now_used;
	return $used;
}

/**
 * The page-wide <clinic-provider> from the settings.
 */
function provider_html(): string {
	$settings = settings();
	$phone    = parse_phone( $settings['phone'] ) ? $settings['phone'] : '';
	return tag(
		'clinic-provider',
		array(
			'scope'       => 'page',
			'name'        => $settings['name'],
			'phone'       => $phone,
			'booking-url' => web_url( $settings['booking_url'] ),
			'hours'       => parse_hours( $settings['hours'] ) ? $settings['hours'] : '',
			'timezone'    => is_time_zone( $settings['timezone'] ) ? $settings['timezone'] : '',
			'lang'        => in_array( $settings['language'], LANGUAGES, true ) ? $settings['language'] : '',
			'theme'       => 'auto' === $settings['theme'] ? '' : one_of( $settings['theme'], THEMES ),
		)
	);
}

/**
 * <clinic-book-button> with its fallback links: "Book an appointment" and "or call …", or a call
 * link alone. The block's or shortcode's own booking page and phone win over the settings; one
 * that is not a web address or phone number is ignored.
 *
 * @param array<string, mixed>  $options    label, href, phone, mode, variant, size, full_width, new_tab.
 * @param array<string, string> $attributes More attributes for the element (e.g. a slot).
 */
function book_button( array $options, array $attributes = array() ): string {
	$settings = settings();
	$strings  = widget_strings( widget_language() );
	$href     = web_url( $options['href'] ?? '' );
	$href     = $href ? $href : web_url( $settings['booking_url'] );
	$phone    = parse_phone( is_string( $options['phone'] ?? null ) ? $options['phone'] : '' ) ?? parse_phone( $settings['phone'] );
	if ( ! $href && ! $phone ) {
		return nothing_to_show( __( 'Book button: add your booking page or phone number in Settings → Clinic widgets, or in this block’s settings.', 'clinic-widgets' ) );
	}
	$label   = is_string( $options['label'] ?? null ) ? trim( $options['label'] ) : '';
	$new_tab = ! empty( $options['new_tab'] );
	$call    = $phone ? 'tel:' . $phone['e164'] : '';
	if ( $href ) {
		$links = tag(
			'a',
			array(
				'href'   => $href,
				'target' => $new_tab ? '_blank' : null,
				'rel'    => $new_tab ? 'noopener' : null,
			),
			esc_html( $label ? $label : $strings['bookLabel'] )
		);
		if ( $phone ) {
			$links .= ' ' . tag( 'a', array( 'href' => $call ), esc_html( sprintf( $strings['bookOrCall'], $phone['display'] ) ) );
		}
	} else {
		$links = tag( 'a', array( 'href' => $call ), esc_html( $label ? $label : sprintf( $strings['call'], $phone['display'] ) ) );
	}
	use_widgets();
	return tag(
		'clinic-book-button',
		array_merge(
			array(
				'mode'       => 'link' === one_of( $options['mode'] ?? '', BOOK_MODES ) ? null : 'dialog',
				'variant'    => 'primary' === one_of( $options['variant'] ?? '', BOOK_VARIANTS ) ? null : $options['variant'],
				'size'       => 'medium' === one_of( $options['size'] ?? '', BOOK_SIZES ) ? null : $options['size'],
				'full-width' => ! empty( $options['full_width'] ),
				'target'     => $new_tab ? '_blank' : null,
			),
			$attributes
		),
		$links
	);
}

/**
 * An id for a question's deep link, as the FAQ element makes one: "¿Cuándo?" → "cuando".
 *
 * @param string $question The question.
 */
function question_id( string $question ): string {
	$id = trim( preg_replace( '/[^a-z0-9]+/', '-', strtolower( remove_accents( $question ) ) ), '-' );
	return '' === $id ? 'q' : $id;
}

/**
 * <clinic-faq> around plain <details>: the questions work and are indexable without JavaScript.
 *
 * @param array<int, array{question: string, answer: string, id?: string}> $questions Answers are HTML (filtered with wp_kses_post).
 * @param array<string, mixed>                                            $options   heading, heading_level, searchable, toggle_all, single, structured_data, src.
 */
function faq( array $questions, array $options ): string {
	$level   = heading_level( $options['heading_level'] ?? 2, 5 );
	$details = '';
	$seen    = array();
	foreach ( $questions as $item ) {
		$question = trim( wp_strip_all_tags( (string) ( $item['question'] ?? '' ) ) );
		if ( '' === $question ) {
			continue;
		}
		// Repeated ids get "-2", "-3"…, so that one question never opens another.
		$base = question_id( ! empty( $item['id'] ) ? (string) $item['id'] : $question );
		$id   = $base;
		for ( $count = 2; isset( $seen[ $id ] ); $count++ ) {
			$id = "$base-$count";
		}
		$seen[ $id ] = true;
		$details    .= tag( 'details', array( 'id' => $id ), '<summary>' . esc_html( $question ) . '</summary>' . wp_kses_post( (string) ( $item['answer'] ?? '' ) ) );
	}
	$src = content_url( $options['src'] ?? '' );
	if ( '' === $details && ! $src ) {
		return nothing_to_show( __( 'FAQ: add a question, or the address of a JSON file of questions.', 'clinic-widgets' ) );
	}
	// A heading in the light DOM (not the `heading` attribute) shows without JavaScript and moves nothing when it arrives.
	$heading = is_string( $options['heading'] ?? null ) ? trim( $options['heading'] ) : '';
	use_widgets();
	return tag(
		'clinic-faq',
		array(
			'heading-level'   => 2 === $level ? null : $level,
			'searchable'      => ! empty( $options['searchable'] ),
			'toggle-all'      => ! empty( $options['toggle_all'] ),
			'single'          => ! empty( $options['single'] ),
			'structured-data' => ! empty( $options['structured_data'] ),
			'src'             => $src,
		),
		( '' === $heading ? '' : tag( "h$level", array(), esc_html( $heading ) ) ) . $details
	);
}

/**
 * <clinic-treatment-card> in its light-DOM form (name, summary, key facts, body, disclaimer, and a
 * booking button with the clinic's links), or from a JSON document, with the fields as its fallback.
 *
 * @param array<string, mixed> $options heading, summary, facts [{label, value}], disclaimer, src, variant, heading_level, structured_data, no_booking.
 * @param string               $body    More content (HTML, filtered with wp_kses_post).
 */
function treatment_card( array $options, string $body = '' ): string {
	$text    = fn ( string $key ) => is_string( $options[ $key ] ?? null ) ? trim( wp_strip_all_tags( $options[ $key ] ) ) : '';
	$heading = $text( 'heading' );
	$src     = content_url( $options['src'] ?? '' );
	if ( '' === $heading && ! $src ) {
		return nothing_to_show( __( 'Treatment card: give the treatment’s name, or the address of a JSON content file.', 'clinic-widgets' ) );
	}
	$level = heading_level( $options['heading_level'] ?? 2 );
	$inner = '' === $heading ? '' : tag( "h$level", array( 'slot' => 'heading' ), esc_html( $heading ) );
	if ( '' !== $text( 'summary' ) ) {
		$inner .= tag( 'p', array( 'slot' => 'summary' ), esc_html( $text( 'summary' ) ) );
	}
	$facts = '';
	foreach ( is_array( $options['facts'] ?? null ) ? $options['facts'] : array() as $fact ) {
		$label = is_array( $fact ) && is_string( $fact['label'] ?? null ) ? trim( wp_strip_all_tags( $fact['label'] ) ) : '';
		$value = is_array( $fact ) && is_string( $fact['value'] ?? null ) ? trim( wp_strip_all_tags( $fact['value'] ) ) : '';
		if ( '' !== $label && '' !== $value ) {
			$facts .= '<div><dt>' . esc_html( $label ) . '</dt><dd>' . esc_html( $value ) . '</dd></div>';
		}
	}
	$inner .= '' === $facts ? '' : tag( 'dl', array( 'slot' => 'facts' ), $facts );
	$inner .= wp_kses_post( $body );
	if ( empty( $options['no_booking'] ) ) {
		// The card would offer the clinic's booking by itself once upgraded; this way it also shows without JavaScript.
		$inner .= book_button( array(), array( 'slot' => 'actions' ) );
	}
	$disclaimer = $text( 'disclaimer' );
	$inner     .= tag( 'p', array( 'slot' => 'disclaimer' ), esc_html( '' === $disclaimer ? widget_strings( widget_language() )['disclaimer'] : $disclaimer ) );
	use_widgets();
	return tag(
		'clinic-treatment-card',
		array(
			'src'             => $src,
			'variant'         => 'full' === one_of( $options['variant'] ?? '', CARD_VARIANTS ) ? null : 'compact',
			'heading-level'   => 2 === $level ? null : $level,
			'structured-data' => ! empty( $options['structured_data'] ),
			'no-booking'      => ! empty( $options['no_booking'] ),
		),
		$inner
	);
}

/**
 * <clinic-crisis-support> with the crisis lines as plain links inside, for each variant, in the
 * widgets' language (the same list the element shows once upgraded).
 *
 * @param array<string, mixed> $options variant, heading_level.
 */
function crisis_support( array $options ): string {
	$strings   = widget_strings( widget_language() );
	$variant   = one_of( $options['variant'] ?? '', CRISIS_VARIANTS );
	$level     = heading_level( $options['heading_level'] ?? 2 );
	$resources = $strings['crisisResources'] ?? array();
	// Links a space apart, as the element and the builder place them (prelayout.css spaces them as the element does).
	$links     = fn ( array $resource ) => implode(
		' ',
		array_map( fn ( $link ) => tag( 'a', array( 'href' => esc_url_raw( $link['href'], array( 'tel', 'sms', 'https', 'http' ) ) ), esc_html( $link['label'] ) ), $resource['links'] )
	);
	if ( 'card' === $variant ) {
		$items = '';
		foreach ( $resources as $resource ) {
			$items .= '<li>' . tag( 'strong', array(), esc_html( $resource['name'] ) )
				. ( empty( $resource['note'] ) ? '' : ' ' . tag( 'span', array(), esc_html( $resource['note'] ) ) )
				. ' ' . tag( 'span', array(), $links( $resource ) ) . '</li>';
		}
		$inner = tag( "h$level", array(), esc_html( $strings['crisisHeading'] ) ) . tag( 'ul', array(), $items );
	} else {
		$first = $resources[0];
		$line  = tag( 'strong', array(), esc_html( $strings['crisisHeading'] ) . ':' ) . ' ' . $links( $first );
		$inner = 'banner' === $variant
			? tag( 'p', array(), $line )
			: tag( 'span', array(), $line . ' (' . esc_html( $first['name'] ) . ')' );
	}
	use_widgets();
	return tag(
		'clinic-crisis-support',
		array(
			'variant'       => 'card' === $variant ? null : $variant,
			'heading-level' => 'card' === $variant && 2 !== $level ? $level : null,
		),
		$inner
	);
}
