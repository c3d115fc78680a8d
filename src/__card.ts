import './provider/define.js';
import './__probe.js';
import './treatment-card/define.js';
