<?php
/**
 * Settings → Clinic widgets: the clinic's details that every widget on the site reads, stored in one
 * option and printed as one page-wide <clinic-provider>. Saved through options.php, which checks the
 * nonce from settings_fields() and the manage_options capability.
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

const OPTION        = 'clinic_widgets';
const SETTINGS_PAGE = 'clinic-widgets';
/** The widgets' languages; '' follows the site's. */
const LANGUAGES = array( '', 'en', 'es' );
const THEMES    = array( 'auto', 'light', 'dark' );
/** WCAG 2.2 AA for text: the brand colour is used for links and for white text on buttons. */
const MIN_CONTRAST = 4.5;

/**
 * The settings before the clinic saves any: the time zone is the site's own (Settings → General)
 * when that is a named zone.
 *
 * @return array<string, string>
 */
function default_settings(): array {
	$zone = get_option( 'timezone_string' );
	return array(
		'name'        => '',
		'phone'       => '',
		'booking_url' => '',
		'hours'       => '',
		'timezone'    => is_string( $zone ) && is_time_zone( $zone ) ? $zone : '',
		'language'    => '',
		'theme'       => 'auto',
		'brand_color' => '',
	);
}

/**
 * The saved settings, with defaults for anything not saved.
 *
 * @return array<string, string>
 */
function settings(): array {
	$defaults = default_settings();
	$saved    = get_option( OPTION, array() );
	$settings = array_merge( $defaults, is_array( $saved ) ? array_intersect_key( array_map( 'strval', $saved ), $defaults ) : array() );
	// No zone saved: the site's, whatever it is now.
	$settings['timezone'] = $settings['timezone'] ? $settings['timezone'] : $defaults['timezone'];
	return $settings;
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'Clinic widgets', 'clinic-widgets' ),
			__( 'Clinic widgets', 'clinic-widgets' ),
			'manage_options',
			SETTINGS_PAGE,
			__NAMESPACE__ . '\render_settings_page'
		);
	}
);

add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );

/**
 * Registers the option and the form's fields with the Settings API.
 */
function register_settings(): void {
	register_setting(
		'clinic_widgets',
		OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section(
		'clinic',
		__( 'Your clinic', 'clinic-widgets' ),
		function () {
			echo '<p>' . esc_html__( 'The booking buttons, treatment cards and FAQs on every page read these details. A block or shortcode can still give its own booking page or phone number.', 'clinic-widgets' ) . '</p>';
		},
		SETTINGS_PAGE
	);
	add_settings_section(
		'appearance',
		__( 'Language and appearance', 'clinic-widgets' ),
		'__return_null',
		SETTINGS_PAGE
	);

	$text_fields = array(
		'name'        => array(
			'clinic',
			__( 'Clinic name', 'clinic-widgets' ),
			'text',
			__( 'As patients know it, e.g. Renew Wellness.', 'clinic-widgets' ),
		),
		'phone'       => array(
			'clinic',
			__( 'Phone', 'clinic-widgets' ),
			'tel',
			__( 'The office number in any common form, e.g. (480) 555-0123, or +44 20 7946 0958 outside the United States and Canada.', 'clinic-widgets' ),
		),
		'booking_url' => array(
			'clinic',
			__( 'Booking page', 'clinic-widgets' ),
			'url',
			__( 'The address of your online booking page (any scheduler), starting with https://. Leave it empty if patients book by phone.', 'clinic-widgets' ),
		),
		'hours'       => array(
			'clinic',
			__( 'Office hours', 'clinic-widgets' ),
			'text',
			__( 'Example: Mo-Fr 08:00-17:00; Sa 09:00-12:00. Days are Mo Tu We Th Fr Sa Su, times are 24-hour, and a semicolon separates rules; 24/7 means always open. The booking button shows “Open now” or “Closed” from these hours.', 'clinic-widgets' ),
		),
		'brand_color' => array(
			'appearance',
			__( 'Brand colour', 'clinic-widgets' ),
			'text',
			__( 'A colour such as #0d5c63 for buttons and links in the light scheme. It must be dark enough to read on white (contrast 4.5:1). Leave it empty for the widgets’ own blue.', 'clinic-widgets' ),
		),
	);
	foreach ( $text_fields as $key => list( $section, $label, $type, $help ) ) {
		add_settings_field(
			$key,
			$label,
			__NAMESPACE__ . '\render_text_field',
			SETTINGS_PAGE,
			$section,
			array(
				'label_for' => "clinic-widgets-$key",
				'key'       => $key,
				'type'      => $type,
				'help'      => $help,
			)
		);
	}
	add_settings_field(
		'timezone',
		__( 'Time zone', 'clinic-widgets' ),
		__NAMESPACE__ . '\render_timezone_field',
		SETTINGS_PAGE,
		'clinic',
		array( 'label_for' => 'clinic-widgets-timezone' )
	);
	add_settings_field(
		'language',
		__( 'Language', 'clinic-widgets' ),
		__NAMESPACE__ . '\render_select_field',
		SETTINGS_PAGE,
		'appearance',
		array(
			'label_for' => 'clinic-widgets-language',
			'key'       => 'language',
			'choices'   => array(
				/* translators: %s: the language the site is in, e.g. "English". */
				''   => sprintf( __( 'The site’s language (%s)', 'clinic-widgets' ), 'es' === site_language() ? 'Español' : 'English' ),
				'en' => 'English',
				'es' => 'Español',
			),
			'help'      => __( 'For the widgets’ own words, such as “Book an appointment” and “Open now”. They speak English and Spanish.', 'clinic-widgets' ),
		)
	);
	add_settings_field(
		'theme',
		__( 'Light or dark', 'clinic-widgets' ),
		__NAMESPACE__ . '\render_select_field',
		SETTINGS_PAGE,
		'appearance',
		array(
			'label_for' => 'clinic-widgets-theme',
			'key'       => 'theme',
			'choices'   => array(
				'auto'  => __( 'Follow each visitor’s setting', 'clinic-widgets' ),
				'light' => __( 'Always light', 'clinic-widgets' ),
				'dark'  => __( 'Always dark', 'clinic-widgets' ),
			),
			'help'      => __( 'Choose “Always light” or “Always dark” to match a site that has only one.', 'clinic-widgets' ),
		)
	);
}

/**
 * The language the site is set to, as far as the widgets speak it.
 */
function site_language(): string {
	return str_starts_with( get_locale(), 'es' ) ? 'es' : 'en';
}

/**
 * One text input with its help line.
 *
 * @param array<string, string> $args The field's key, input type and help text.
 */
function render_text_field( array $args ): void {
	$key   = $args['key'];
	$value = settings()[ $key ];
	printf(
		'<input type="%1$s" id="clinic-widgets-%2$s" name="%3$s[%2$s]" value="%4$s" class="regular-text" aria-describedby="clinic-widgets-%2$s-help"%5$s>',
		esc_attr( $args['type'] ),
		esc_attr( $key ),
		esc_attr( OPTION ),
		esc_attr( $value ),
		'name' === $key ? ' placeholder="' . esc_attr( get_bloginfo( 'name' ) ) . '"' : ''
	);
	if ( 'brand_color' === $key && $value ) {
		printf( ' <span aria-hidden="true" style="display:inline-block;width:2em;height:2em;vertical-align:middle;border-radius:4px;background:%s"></span>', esc_attr( $value ) );
	}
	printf( '<p class="description" id="clinic-widgets-%s-help">%s</p>', esc_attr( $key ), esc_html( $args['help'] ) );
}

/**
 * A select from a fixed list.
 *
 * @param array<string, mixed> $args The field's key, choices and help text.
 */
function render_select_field( array $args ): void {
	$key = $args['key'];
	printf( '<select id="clinic-widgets-%1$s" name="%2$s[%1$s]" aria-describedby="clinic-widgets-%1$s-help">', esc_attr( $key ), esc_attr( OPTION ) );
	foreach ( $args['choices'] as $value => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $value ), selected( settings()[ $key ], (string) $value, false ), esc_html( $label ) );
	}
	printf( '</select><p class="description" id="clinic-widgets-%s-help">%s</p>', esc_attr( $key ), esc_html( $args['help'] ) );
}

/**
 * WordPress's own time zone list, set to the saved zone (the site's, until the clinic saves one).
 */
function render_timezone_field(): void {
	printf( '<select id="clinic-widgets-timezone" name="%s[timezone]" aria-describedby="clinic-widgets-timezone-help">', esc_attr( OPTION ) );
	// wp_timezone_choice() escapes its own options.
	echo wp_timezone_choice( settings()['timezone'], get_user_locale() ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	printf(
		'</select><p class="description" id="clinic-widgets-timezone-help">%s</p>',
		esc_html__( 'Choose the city in your time zone. Office hours are read in this zone, wherever the visitor is.', 'clinic-widgets' )
	);
}

/**
 * Validates and cleans the form. A value that cannot be used keeps the previous one and says why in
 * an admin notice; the other fields are saved.
 *
 * @param mixed $input What options.php received (already unslashed).
 * @return array<string, string>
 */
function sanitize_settings( $input ): array {
	// WordPress runs this twice when the option is first created (update_option, then add_option):
	// report each problem once. settings_errors() prints messages as HTML: what was typed is escaped.
	static $reported = array();
	$previous        = settings();
	$clean           = $previous;
	$input           = is_array( $input ) ? $input : array();
	$problem         = function ( string $code, string $message ) use ( &$reported ) {
		if ( ! isset( $reported[ $code ] ) ) {
			$reported[ $code ] = true;
			add_settings_error( OPTION, $code, $message, 'error' );
		}
	};
	$text            = fn ( string $key ) => isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? sanitize_text_field( $input[ $key ] ) : '';
	/* translators: shown after a field's problem. */
	$kept = __( 'The previous value is kept.', 'clinic-widgets' );

	$clean['name'] = mb_substr( $text( 'name' ), 0, 120 );

	$phone = $text( 'phone' );
	if ( '' === $phone || parse_phone( $phone ) ) {
		$clean['phone'] = $phone;
	} else {
		/* translators: %s: what was typed. */
		$problem( 'phone', sprintf( __( 'Phone: “%s” is not a phone number. Write it like (480) 555-0123, or +44 20 7946 0958 outside the United States and Canada.', 'clinic-widgets' ), esc_html( $phone ) ) . ' ' . $kept );
	}

	$booking = isset( $input['booking_url'] ) && is_string( $input['booking_url'] ) ? trim( $input['booking_url'] ) : '';
	$url     = esc_url_raw( $booking, array( 'http', 'https' ) );
	if ( '' === $booking || $url ) {
		$clean['booking_url'] = $url;
	} else {
		/* translators: %s: what was typed. */
		$problem( 'booking_url', sprintf( __( 'Booking page: “%s” is not a web address. Use the address of your booking page, starting with https://.', 'clinic-widgets' ), esc_html( $booking ) ) . ' ' . $kept );
	}

	$hours = $text( 'hours' );
	if ( '' === $hours || parse_hours( $hours ) ) {
		$clean['hours'] = $hours;
	} else {
		/* translators: %s: what was typed. */
		$problem( 'hours', sprintf( __( 'Office hours: “%s” could not be read. Write them like Mo-Fr 08:00-17:00; Sa 09:00-12:00.', 'clinic-widgets' ), esc_html( $hours ) ) . ' ' . $kept );
	}

	$zone = $text( 'timezone' );
	if ( is_time_zone( $zone ) || ( '' === $zone && '' === $clean['hours'] ) ) {
		$clean['timezone'] = $zone;
	} elseif ( '' === $zone ) {
		$problem( 'timezone', __( 'Time zone: choose the city in your time zone, so that the office hours are read in it.', 'clinic-widgets' ) );
	} else {
		/* translators: %s: the chosen offset, e.g. "UTC+5". */
		$problem( 'timezone', sprintf( __( 'Time zone: “%s” is a fixed offset. Choose the city in your time zone instead, so that daylight saving time is right.', 'clinic-widgets' ), esc_html( $zone ) ) . ' ' . $kept );
	}

	$language          = $text( 'language' );
	$clean['language'] = in_array( $language, LANGUAGES, true ) ? $language : $previous['language'];
	$theme             = $text( 'theme' );
	$clean['theme']    = in_array( $theme, THEMES, true ) ? $theme : $previous['theme'];

	$color = $text( 'brand_color' );
	$hex   = parse_color( $color );
	if ( '' === $color ) {
		$clean['brand_color'] = '';
	} elseif ( ! $hex ) {
		/* translators: %s: what was typed. */
		$problem( 'brand_color', sprintf( __( 'Brand colour: “%s” is not a colour. Write it as # and six hexadecimal digits, e.g. #0d5c63.', 'clinic-widgets' ), esc_html( $color ) ) . ' ' . $kept );
	} elseif ( contrast_with_white( $hex ) < MIN_CONTRAST ) {
		$problem(
			'brand_color',
			sprintf(
				/* translators: 1: the colour, 2: its contrast ratio with white, e.g. "2.1". */
				__( 'Brand colour: %1$s is too light to read on white (contrast %2$s:1, at least 4.5:1 is needed). Choose a darker shade.', 'clinic-widgets' ),
				$hex,
				number_format_i18n( floor( contrast_with_white( $hex ) * 10 ) / 10, 1 )
			) . ' ' . $kept
		);
	} else {
		$clean['brand_color'] = $hex;
	}

	if ( $reported && ! isset( $reported['others'] ) ) {
		$reported['others'] = true;
		add_settings_error( OPTION, 'others', __( 'Your other changes were saved.', 'clinic-widgets' ), 'info' );
	}
	return $clean;
}

/**
 * The settings page. options.php checks the nonce and the capability when the form is saved.
 */
function render_settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to change the clinic’s settings.', 'clinic-widgets' ), 403 );
	}
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post" novalidate>
			<?php
			settings_fields( 'clinic_widgets' );
			do_settings_sections( SETTINGS_PAGE );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Using the widgets', 'clinic-widgets' ); ?></h2>
		<p><?php esc_html_e( 'In the block editor, add the blocks Book button, FAQ, Treatment card and Crisis support (search for “clinic”). In the classic editor or a page builder, use the shortcodes:', 'clinic-widgets' ); ?></p>
		<ul>
			<li><code>[clinic_book_button]</code></li>
			<li><code>[clinic_faq][clinic_question q="How soon does ketamine work?"]Within hours in most cases.[/clinic_question][/clinic_faq]</code></li>
			<li><code>[clinic_treatment_card heading="Ketamine infusion therapy" summary="…"]</code></li>
			<li><code>[clinic_crisis_support variant="banner"]</code></li>
		</ul>
	</div>
	<?php
}

add_action(
	'admin_notices',
	function () {
		$screen = get_current_screen();
		$saved  = settings();
		if ( ! $screen || 'plugins' !== $screen->id || ! current_user_can( 'manage_options' ) || $saved['phone'] || $saved['booking_url'] ) {
			return;
		}
		printf(
			'<div class="notice notice-info"><p>%s <a href="%s">%s</a></p></div>',
			esc_html__( 'Clinic widgets: add your clinic’s phone number or booking page, so that the booking buttons know where to go.', 'clinic-widgets' ),
			esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ),
			esc_html__( 'Open the settings', 'clinic-widgets' )
		);
	}
);

add_filter(
	'plugin_action_links_' . plugin_basename( FILE ),
	function ( array $links ) {
		array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ), esc_html__( 'Settings', 'clinic-widgets' ) ) );
		return $links;
	}
);
