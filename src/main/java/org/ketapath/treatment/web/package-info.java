@NullMarked
package org.ketapath.treatment.web;

import org.jspecify.annotations.NullMarked;
