/**
 * Assessment: validated instruments (as data), their scoring, the eligibility rules and the two-minute
 * assessment flow. Other modules use {@link org.ketapath.assessment.AssessmentApi} only.
 */
@ApplicationModule(displayName = "Assessment")
@NullMarked
package org.ketapath.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
