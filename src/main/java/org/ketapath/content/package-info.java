/** Content: the information pages patients read, starting with the home page. */
@ApplicationModule(displayName = "Content")
@NullMarked
package org.ketapath.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
