// ESXi Backup Manager Cloud — progressive enhancement of the customer pages. Every page works
// without it; with it, forms give faster feedback.
"use strict";
