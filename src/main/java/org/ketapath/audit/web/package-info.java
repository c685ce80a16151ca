@NullMarked
package org.ketapath.audit.web;

import org.jspecify.annotations.NullMarked;
