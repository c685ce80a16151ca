/**
 * Directory: clinics, practitioners, licences and their verification, radius search and reviews. The top
 * package holds what other modules may use (modalities, conditions); the rest stays inside.
 */
@ApplicationModule(displayName = "Directory")
@NullMarked
package org.ketapath.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
