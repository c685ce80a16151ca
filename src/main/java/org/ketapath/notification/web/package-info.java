@NullMarked
package org.ketapath.notification.web;

import org.jspecify.annotations.NullMarked;
