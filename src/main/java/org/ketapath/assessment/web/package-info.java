@NullMarked
package org.ketapath.assessment.web;

import org.jspecify.annotations.NullMarked;
