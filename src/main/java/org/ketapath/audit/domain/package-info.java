@NullMarked
package org.ketapath.audit.domain;

import org.jspecify.annotations.NullMarked;
