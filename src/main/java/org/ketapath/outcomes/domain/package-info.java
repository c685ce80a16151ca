/** The diary, the outcome definitions and their computation; inside the outcomes module. */
@NullMarked
package org.ketapath.outcomes.domain;

import org.jspecify.annotations.NullMarked;
