/** The FHIR R4 server: configuration, resource providers, mapping from the modules' records to resources. */
@NullMarked
package org.ketapath.interop.fhir;

import org.jspecify.annotations.NullMarked;
