// The drop-in: registers every element. Keep it to define imports only.
import './provider/define.js';
import './treatment-card/define.js';
