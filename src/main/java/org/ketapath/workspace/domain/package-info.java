@NullMarked
package org.ketapath.workspace.domain;

import org.jspecify.annotations.NullMarked;
