/** Interop's plain HTTP endpoints (outside the FHIR servlet): the SMART configuration. */
@NullMarked
package org.ketapath.interop.web;

import org.jspecify.annotations.NullMarked;
