<?php
/**
 * The drop-in and its styles: served from the plugin's own folder (no CDN, no third-party request),
 * enqueued only when a widget renders, printed once in the footer, with one page-wide provider.
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

const SCRIPT_HANDLE = 'clinic-widgets';
const STYLE_HANDLE  = 'clinic-widgets';

/**
 * A file's URL version: a hash of its content (data/versions.json, written by the build), so that
 * browsers fetch a changed file at once and keep an unchanged one cached.
 *
 * @param string $path Path inside the plugin.
 */
function asset_version( string $path ): string {
	static $versions = null;
	if ( null === $versions ) {
		$file     = dirname( __DIR__ ) . '/data/versions.json';
		$versions = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : array(); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	}
	return $versions[ $path ] ?? VERSION;
}

/**
 * Registers the drop-in (the classic-script build, which every WordPress since 6.1 can enqueue) and
 * the styles that give not-yet-upgraded widgets their final size.
 */
function register_assets(): void {
	wp_register_script( SCRIPT_HANDLE, plugins_url( 'assets/clinic-widgets.iife.js', FILE ), array(), asset_version( 'assets/clinic-widgets.iife.js' ), true );
	wp_register_style( STYLE_HANDLE, plugins_url( 'assets/clinic-widgets.css', FILE ), array(), asset_version( 'assets/clinic-widgets.css' ) );
	wp_add_inline_style( STYLE_HANDLE, settings_css() );
}

/**
 * CSS from the settings: the brand colour (light scheme only: the dark scheme keeps the widgets'
 * own light-on-dark blue, which is readable there), and room for "Open now" under the booking
 * button when there are office hours.
 */
function settings_css(): string {
	$settings = settings();
	$css      = '';
	$color    = parse_color( $settings['brand_color'] );
	if ( $color ) {
		$css .= ":root{--clinic-color-primary:light-dark($color,#8cc4ff);--clinic-color-focus:light-dark($color,#8cc4ff)}";
	}
	if ( parse_hours( $settings['hours'] ) ) {
		$css .= "clinic-book-button:not(:defined)::after{content:'';flex-basis:100%;height:1.09375em}";
	}
	return $css;
}

/**
 * Whether post content has one of the blocks or shortcodes.
 *
 * @param string $content Post content.
 */
function has_widgets( string $content ): bool {
	return str_contains( $content, '<!-- wp:clinic-widgets/' ) || preg_match( '/\[clinic_(book_button|faq|treatment_card|crisis_support)\b/', $content );
}

// Classic themes render the content after <head>: the styles are enqueued early for the posts being
// shown, so they are in <head> before the widgets' HTML. (A widget elsewhere still gets them, later.)
add_action(
	'wp_enqueue_scripts',
	function () {
		global $wp_query;
		foreach ( $wp_query instanceof \WP_Query ? $wp_query->posts : array() as $post ) {
			if ( $post instanceof \WP_Post && has_widgets( $post->post_content ) ) {
				wp_enqueue_style( STYLE_HANDLE );
				return;
			}
		}
	}
);

/**
 * Prints the page-wide provider once, on pages that rendered a widget, before the footer scripts.
 */
function print_provider(): void {
	static $printed = false;
	if ( widgets_used() && ! $printed ) {
		$printed = true;
		echo provider_html(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- tag() escapes every attribute.
	}
}
add_action( 'wp_footer', __NAMESPACE__ . '\print_provider', 5 );

// The block editor's previews are the real widgets: the drop-in and the provider are on its page too.
add_action(
	'enqueue_block_editor_assets',
	function () {
		use_widgets();
	}
);
add_action(
	'admin_footer',
	function () {
		$screen = get_current_screen();
		if ( $screen && $screen->is_block_editor() ) {
			print_provider();
		}
	}
);
