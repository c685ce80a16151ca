/**
 * Interoperability at the edge: a FHIR R4 facade at {@code /fhir} (HAPI FHIR's plain server) over the other
 * modules' public APIs. It owns no data; HAPI FHIR types never leave this module.
 */
@ApplicationModule(displayName = "Interop")
@NullMarked
package org.ketapath.interop;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
