/**
 * Billing: each clinic's price list and billing identity (tax id, organisation NPI), cost estimates for a
 * course, payments recorded by staff with receipts, and superbills for out-of-network reimbursement, whose
 * codes are derived from what happened (treatment records, the clinician's E/M choice, scored screeners).
 * Other modules use {@link org.ketapath.billing.BillingApi}; the directory's provider page gets its course
 * estimate through {@link org.ketapath.directory.CourseEstimates}, which billing implements.
 */
@ApplicationModule(displayName = "Billing")
@NullMarked
package org.ketapath.billing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
