@NullMarked
package org.ketapath.platform.database;

import org.jspecify.annotations.NullMarked;
