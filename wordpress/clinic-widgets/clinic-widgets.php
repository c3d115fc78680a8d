<?php
/**
 * Plugin Name:       Clinic Widgets
 * Description:       A booking button, an FAQ, a treatment card and crisis support for a clinic’s site, as blocks and shortcodes. They show their content without JavaScript, meet WCAG 2.2 AA, and make no request to anyone else.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      8.0
 * Author:            clinic-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       clinic-widgets
 * Domain Path:       /languages
 *
 * @package ClinicWidgets
 */

namespace ClinicWidgets;

defined( 'ABSPATH' ) || exit;

const VERSION = '0.1.0';
const FILE    = __FILE__;

require_once __DIR__ . '/includes/parse.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/shortcodes.php';

add_action(
	'init',
	function () {
		// The plugin's own translations (languages/), before the blocks' titles are translated.
		load_plugin_textdomain( 'clinic-widgets', false, dirname( plugin_basename( FILE ) ) . '/languages' );
		register_assets();
		register_blocks();
	}
);
