/**
 * Platform: what every module stands on but none owns: the database (embedded PostgreSQL by default, an
 * external server when configured), the web shell (layout, security headers, error pages and problem+json)
 * and operations. No business logic lives here.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
@NullMarked
package org.ketapath.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
