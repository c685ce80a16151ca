@NullMarked
package org.ketapath.scheduling.web;

import org.jspecify.annotations.NullMarked;
