@NullMarked
package org.ketapath.scheduling.domain;

import org.jspecify.annotations.NullMarked;
