/**
 * Audit: the trail of every access to protected health information (HIPAA 45 CFR 164.312(b)). Rows are
 * append-only (a trigger refuses UPDATE and DELETE) and hash-chained (each row stores the previous row's hash
 * and its own), so any edit is detectable; {@link org.ketapath.audit.AuditReports} verifies the chain and
 * reports who looked at a patient's record.
 */
@ApplicationModule(displayName = "Audit")
@NullMarked
package org.ketapath.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
