/** PDF documents (exports, receipts, superbills) rendered from Thymeleaf templates. */
@NullMarked
package org.ketapath.platform.pdf;

import org.jspecify.annotations.NullMarked;
