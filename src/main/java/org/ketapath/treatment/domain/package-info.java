@NullMarked
package org.ketapath.treatment.domain;

import org.jspecify.annotations.NullMarked;
