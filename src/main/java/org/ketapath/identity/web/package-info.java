/** Pages and the {@code /api/v1} controllers of the identity module, and its part of the security chains. */
@NullMarked
package org.ketapath.identity.web;

import org.jspecify.annotations.NullMarked;
