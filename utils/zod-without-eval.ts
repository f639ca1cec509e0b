/**
 * Extension pages forbid eval (their CSP allows scripts from the extension only), so zod must
 * not compile parsers with `new Function` or probe whether it may: the probe alone logs a CSP
 * violation in every extension context at start. Imported first by each context that parses.
 */
import { z } from 'zod';

z.config({ jitless: true });
