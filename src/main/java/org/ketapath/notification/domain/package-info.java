@NullMarked
package org.ketapath.notification.domain;

import org.jspecify.annotations.NullMarked;
