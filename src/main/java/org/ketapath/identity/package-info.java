/**
 * Identity: accounts and roles, clinic membership (tenancy), e-mail verification, passwords, sign-in (web
 * sessions and API bearer tokens), multi-factor authentication for staff, consent and the patient's data
 * rights. Other modules use {@link org.ketapath.identity.IdentityApi} and {@link org.ketapath.identity.ConsentApi}.
 */
@ApplicationModule(displayName = "Identity")
@NullMarked
package org.ketapath.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
