/** The information pages as data: Markdown with front matter, checked and rendered once at start-up. */
@NullMarked
package org.ketapath.content.domain;

import org.jspecify.annotations.NullMarked;
