/** The diary and outcomes pages and their {@code /api/v1} controllers. */
@NullMarked
package org.ketapath.outcomes.web;

import org.jspecify.annotations.NullMarked;
