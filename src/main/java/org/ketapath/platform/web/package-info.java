@NullMarked
package org.ketapath.platform.web;

import org.jspecify.annotations.NullMarked;
