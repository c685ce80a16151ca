/** The identity model and its services; used by this module's web layer and its API facades. */
@NullMarked
package org.ketapath.identity.domain;

import org.jspecify.annotations.NullMarked;
