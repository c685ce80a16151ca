/**
 * Outcomes: the patient's headache diary (one entry a day in their time zone, locked after 7 days), the trial
 * definitions computed from it (migraine, headache and acute-medication days over 28-day windows, the 21-day
 * rule, scaling, the 50% responder, medication overuse), the patient's outcomes page and API, and demo data of
 * diaries around infusion courses. Other modules use {@link org.ketapath.outcomes.OutcomesApi}.
 */
@ApplicationModule(displayName = "Outcomes")
@NullMarked
package org.ketapath.outcomes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
