@NullMarked
package org.ketapath.assessment.domain;

import org.jspecify.annotations.NullMarked;
