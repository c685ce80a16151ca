@NullMarked
package org.ketapath.billing.web;

import org.jspecify.annotations.NullMarked;
