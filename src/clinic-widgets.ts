// The drop-in: registers every element. Keep it to define imports only.
import './provider/define.js';
import './treatment-card/define.js';
import './crisis-support/define.js';
import './book-button/define.js';
import './faq/define.js';
