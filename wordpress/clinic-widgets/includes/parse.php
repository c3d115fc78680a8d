<?php
/**
 * Reading what clinics type: phone numbers, opening hours, time zones and colours. Plain PHP with no
 * WordPress calls, so the tests can run these next to the drop-in's own parsers
 * (src/internal/phone.ts, hours.ts) and prove that both read a value the same way.
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

const MINUTES_PER_DAY = 1440;
const DAY_NAMES       = array( 'mo', 'tu', 'we', 'th', 'fr', 'sa', 'su' );

/**
 * A phone number in any common form, as src/internal/phone.ts reads it: US numbers with or without
 * the country code, or any country written with a leading +.
 *
 * @param string $value What the clinic typed, e.g. "(480) 555-0123".
 * @return array{e164: string, display: string}|null Null when it is not a phone number.
 */
function parse_phone( string $value ): ?array {
	$text   = trim( $value );
	$digits = preg_replace( '/\D/', '', $text );
	if ( ! preg_match( '/^\+?[\d\s().\-\/]+$/', $text ) ) {
		return null;
	}
	if ( str_starts_with( $text, '+' ) && ! str_starts_with( $digits, '1' ) ) {
		// E.164: a country code that never starts with 0, at most 15 digits in all.
		return preg_match( '/^[1-9]\d{6,14}$/', $digits )
			? array(
				'e164'    => '+' . $digits,
				'display' => preg_replace( '/\s+/', ' ', $text ),
			)
			: null;
	}
	// North American numbering plan: area code and exchange start with 2-9.
	if ( preg_match( '/^1?([2-9]\d\d)([2-9]\d\d)(\d{4})$/', $digits, $parts ) ) {
		return array(
			'e164'    => '+1' . substr( $digits, -10 ),
			'display' => "($parts[1]) $parts[2]-$parts[3]",
		);
	}
	return null;
}

/**
 * Opening hours in schema.org openingHours form, as src/internal/hours.ts reads them: rules separated
 * by ";", each days then times ("Mo-Fr 08:00-17:00; Sa 09:00-12:00"), or "24/7".
 *
 * @param string $value What the clinic typed.
 * @return array<int, array{0: int, 1: int}>|null Minute-of-week intervals (Monday 00:00 = 0), or null when unreadable.
 */
function parse_hours( string $value ): ?array {
	$text = strtolower( trim( $value ) );
	if ( '24/7' === $text ) {
		return array( array( 0, 7 * MINUTES_PER_DAY ) );
	}
	$hours = array();
	foreach ( explode( ';', $text ) as $rule ) {
		$words = preg_split( '/\s+/', trim( preg_replace( '/\s*([,-])\s*/', '$1', $rule ) ) );
		$days  = $words[0];
		if ( '' === $days ) {
			continue;
		}
		if ( count( $words ) !== 2 ) {
			return null;
		}
		foreach ( explode( ',', $words[1] ) as $range ) {
			if ( ! preg_match( '/^(\d\d?):([0-5]\d)-(\d\d?):([0-5]\d)$/', $range, $time ) ) {
				return null;
			}
			$start = (int) $time[1] * 60 + (int) $time[2];
			$end   = (int) $time[3] * 60 + (int) $time[4];
			if ( $start >= MINUTES_PER_DAY || $end > MINUTES_PER_DAY ) {
				return null;
			}
			foreach ( explode( ',', $days ) as $span ) {
				$ends = array_map( fn ( $day ) => array_search( $day, DAY_NAMES, true ), explode( '-', $span ) );
				if ( count( $ends ) > 2 || in_array( false, $ends, true ) ) {
					return null;
				}
				$last = $ends[1] ?? $ends[0];
				// From the first day to the last, wrapping past Sunday ("Fr-Mo"); past midnight ("22:00-02:00") ends the next day.
				for ( $day = $ends[0]; ; $day = ( $day + 1 ) % 7 ) {
					$hours[] = array( $day * MINUTES_PER_DAY + $start, $day * MINUTES_PER_DAY + $end + ( $end > $start ? 0 : MINUTES_PER_DAY ) );
					if ( $day === $last ) {
						break;
					}
				}
			}
		}
	}
	return $hours ? $hours : null;
}

/**
 * Whether a time zone is a named IANA zone (WordPress's list also offers fixed offsets such as
 * "UTC+5", which have no daylight-saving rules and which the widgets cannot read).
 *
 * @param string $zone E.g. "America/Phoenix".
 */
function is_time_zone( string $zone ): bool {
	return in_array( $zone, \DateTimeZone::listIdentifiers(), true );
}

/**
 * A colour as "#rrggbb", from "#rgb" or "#rrggbb" in any case.
 *
 * @param string $value What the clinic typed.
 * @return string|null Null when it is not a hex colour.
 */
function parse_color( string $value ): ?string {
	$text = strtolower( trim( $value ) );
	if ( preg_match( '/^#([0-9a-f])([0-9a-f])([0-9a-f])$/', $text, $short ) ) {
		return "#$short[1]$short[1]$short[2]$short[2]$short[3]$short[3]";
	}
	return preg_match( '/^#[0-9a-f]{6}$/', $text ) ? $text : null;
}

/**
 * The WCAG 2 contrast ratio between a colour and white (the widgets' light surface), 1 to 21.
 *
 * @param string $color "#rrggbb".
 */
function contrast_with_white( string $color ): float {
	$channels  = array_map( fn ( $pair ) => hexdec( $pair ) / 255, str_split( substr( $color, 1 ), 2 ) );
	$linear    = array_map( fn ( $c ) => $c <= 0.04045 ? $c / 12.92 : ( ( $c + 0.055 ) / 1.055 ) ** 2.4, $channels );
	$luminance = 0.2126 * $linear[0] + 0.7152 * $linear[1] + 0.0722 * $linear[2];
	return 1.05 / ( $luminance + 0.05 );
}
