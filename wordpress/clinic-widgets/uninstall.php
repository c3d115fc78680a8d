<?php
/**
 * Deleting the plugin removes its settings (on every site of a network). Posts keep their block
 * comments and shortcodes, which show as nothing and as plain text without the plugin.
 *
 * @package ClinicWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $clinic_widgets_site ) {
		switch_to_blog( $clinic_widgets_site );
		delete_option( 'clinic_widgets' );
		restore_current_blog();
	}
} else {
	delete_option( 'clinic_widgets' );
}
