@NullMarked
package org.ketapath;

import org.jspecify.annotations.NullMarked;
