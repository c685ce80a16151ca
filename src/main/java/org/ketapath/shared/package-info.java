/**
 * Shared: small value types every module may use (ZIP codes and their centroids, US states, NPIs). Each
 * validates in its constructor, so an invalid one cannot exist.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.ketapath.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
