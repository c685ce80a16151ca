/**
 * Treatment records: courses (condition with its ICD-10-CM code, route, planned protocol), the clinic's versioned
 * consent text and the patient's acceptance, and the session record of each appointment from pre-check to
 * discharge, signed and then locked (amendments only), with esketamine REMS monitoring. Other modules use
 * {@link org.ketapath.treatment.TreatmentApi}.
 */
@ApplicationModule(displayName = "Treatment")
@NullMarked
package org.ketapath.treatment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
