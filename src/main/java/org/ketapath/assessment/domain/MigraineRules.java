package org.ketapath.assessment.domain;

import static org.ketapath.assessment.domain.Facts.yes;

import java.util.List;
import org.ketapath.assessment.domain.EligibilityRules.Effect;
import org.ketapath.assessment.domain.EligibilityRules.Rule;

/** The rows of the eligibility table about migraine: warning signs, the screener, overuse, the EHF criteria. */
final class MigraineRules {

    /** Acute headache medicine on this many days a month can be overuse (triptans, opioids: 10; others 15). */
    static final int OVERUSE_DAYS = 10;

    private MigraineRules() {}

    static final List<Rule> RULES = List.of(
            new Rule(
                    "HEADACHE_WARNING_SIGNS",
                    Effect.REVIEW,
                    f -> !f.urgentCare()
                            && (yes(f.redFlags().patternChanged())
                                    || (f.asksAboutNewAfter50()
                                            && yes(f.redFlags().newAfter50()))),
                    "Headaches that began after the age of 50, or that have changed recently, need a doctor to"
                            + " look for other causes before any new treatment.",
                    Sources.of(Sources.DO_2019)),
            new Rule(
                    "MIGRAINE_SCREEN_MISSING",
                    Effect.REVIEW,
                    f -> f.hasMigraine() && !f.hasScreen("id-migraine"),
                    "The ID Migraine questions were not answered; a clinician should confirm the diagnosis.",
                    Sources.of(Sources.LIPTON_2003)),
            new Rule(
                    "MIGRAINE_SCREEN_NEGATIVE",
                    Effect.REVIEW,
                    f -> f.hasMigraine() && f.screenedInBand("id-migraine", "negative"),
                    "Your answers to the migraine screener do not clearly point to migraine; a clinician should"
                            + " confirm the diagnosis.",
                    Sources.of(Sources.LIPTON_2003)),
            new Rule(
                    "MEDICATION_OVERUSE",
                    Effect.REVIEW,
                    f -> f.hasMigraine() && f.migraine().acuteMedicationDaysPerMonth() >= OVERUSE_DAYS,
                    "Headache medicine on 10 or more days a month can be overuse (10 or more days of triptans or"
                            + " opioids, or 15 or more of simple painkillers, for more than 3 months), which itself"
                            + " causes more headaches. A clinician should review this first.",
                    Sources.of(Sources.ICHD3)),
            new Rule(
                    "MIGRAINE_NOT_RESISTANT",
                    Effect.REVIEW,
                    f -> f.hasMigraine() && !f.resistantMigraine(),
                    "Your answers do not show resistant migraine as the European Headache Federation defines it:"
                            + " at least 3 kinds of preventive treatment and 2 triptans tried without enough relief,"
                            + " and 8 or more disabling headache days a month for 3 months or more. A clinician can"
                            + " tell whether other treatments should come first.",
                    Sources.of(Sources.SACCO_2020)),
            new Rule(
                    "RESISTANT_MIGRAINE",
                    Effect.QUALIFIES,
                    f -> f.resistantMigraine() && !f.refractoryMigraine(),
                    "Your answers meet the European Headache Federation definition of resistant migraine: at least"
                            + " 3 kinds of preventive treatment did not help enough, and 8 or more disabling headache"
                            + " days a month for 3 months or more. The ketamine studies in headache used their own"
                            + " definitions, not this one.",
                    Sources.of(Sources.SACCO_2020)),
            new Rule(
                    "REFRACTORY_MIGRAINE",
                    Effect.QUALIFIES,
                    Facts::refractoryMigraine,
                    "Your answers meet the European Headache Federation definition of refractory migraine: every"
                            + " available kind of preventive treatment did not help enough, and 8 or more disabling"
                            + " headache days a month for 6 months or more. The ketamine studies in headache used"
                            + " their own definitions, not this one.",
                    Sources.of(Sources.SACCO_2020)),
            new Rule(
                    "MIGRAINE_EVIDENCE_IS_WEAK",
                    Effect.NOTE,
                    Facts::hasMigraine,
                    "The evidence for ketamine in migraine is weak. The pain-medicine consensus guideline found"
                            + " \"weak or no evidence\" for headache. The two main case series come from one hospital,"
                            + " and a small randomized trial of a single low dose in the emergency department found no"
                            + " benefit over placebo.",
                    Sources.of(Sources.COHEN_2018, Sources.SCHWENK_2018, Sources.POMEROY_2017, Sources.ETCHISON_2018)));
}
