package org.ketapath.interop.fhir;

/** A plain (server-level) provider of FHIR operations, such as {@code $find}. */
interface FhirOperations {}
