import './provider/define.js';
import './__probe.js';
