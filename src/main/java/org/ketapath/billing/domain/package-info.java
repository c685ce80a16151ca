@NullMarked
package org.ketapath.billing.domain;

import org.jspecify.annotations.NullMarked;
