package org.ketapath.assessment.domain;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Facts for the rule tests: a likely candidate (an adult with resistant migraine who answered every question
 * with nothing against ketamine) and copies of it with one answer changed, by the intake's own field names.
 */
final class Candidates {

    static final Score ID_MIGRAINE_POSITIVE = new Score("id-migraine", 3, "positive", List.of(), null);

    /** 18 headache days, 10 disabling, for 4 months; 3 preventive classes (not all) and 2 triptans tried. */
    static final Intake.Migraine RESISTANT = new Intake.Migraine(18, 7, 3, 6, 4, 10, false, 2);

    static final Intake.Safety NO_RISKS = safetyWith();

    static final Intake.RedFlags NO_RED_FLAGS = new Intake.RedFlags(false, false, false, false);

    private Candidates() {}

    /** An adult with resistant migraine, every safety question answered no, no interacting medicine. */
    static Facts candidate() {
        return new Facts(
                Condition.MIGRAINE,
                34,
                "19107",
                RESISTANT,
                List.of(ID_MIGRAINE_POSITIVE),
                List.of(),
                NO_RISKS,
                new Intake.Preferences(Setting.EITHER, 50),
                NO_RED_FLAGS);
    }

    /** Every yes/no safety answer false, with the named fields set to the given values (name, value, ...). */
    static Intake.Safety safetyWith(Object... namesAndValues) {
        return build(Intake.Safety.class, false, namesAndValues);
    }

    static Intake.RedFlags redFlagsWith(Object... namesAndValues) {
        return build(Intake.RedFlags.class, false, namesAndValues);
    }

    static Intake.Migraine migraineWith(Object... namesAndValues) {
        Object[] base = {
            "headacheDaysPerMonth", 18, "averagePain", 7, "preventiveClassesTried", 3,
            "acuteMedicationDaysPerMonth", 6, "monthsAtThisFrequency", 4, "debilitatingDaysPerMonth", 10,
            "allPreventiveClassesTried", false, "triptansTried", 2
        };
        Object[] all = Arrays.copyOf(base, base.length + namesAndValues.length);
        System.arraycopy(namesAndValues, 0, all, base.length, namesAndValues.length);
        return build(Intake.Migraine.class, null, all);
    }

    static Facts safety(Intake.Safety safety) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                f.scores(),
                f.interactions(),
                safety,
                f.preferences(),
                f.redFlags());
    }

    static Facts safety(Object... namesAndValues) {
        return safety(safetyWith(namesAndValues));
    }

    static Facts age(int years) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                years,
                f.zip(),
                f.migraine(),
                f.scores(),
                f.interactions(),
                f.safety(),
                f.preferences(),
                f.redFlags());
    }

    static Facts migraine(Object... namesAndValues) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                migraineWith(namesAndValues),
                f.scores(),
                f.interactions(),
                f.safety(),
                f.preferences(),
                f.redFlags());
    }

    static Facts scores(Score... scores) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                List.of(scores),
                f.interactions(),
                f.safety(),
                f.preferences(),
                f.redFlags());
    }

    static Facts redFlags(Intake.RedFlags redFlags) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                f.scores(),
                f.interactions(),
                f.safety(),
                f.preferences(),
                redFlags);
    }

    static Facts olderWithRedFlags(int age, Intake.RedFlags redFlags) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                age,
                f.zip(),
                f.migraine(),
                f.scores(),
                f.interactions(),
                f.safety(),
                f.preferences(),
                redFlags);
    }

    static Facts condition(Condition condition, Intake.Safety safety) {
        Facts f = candidate();
        return new Facts(
                condition,
                f.ageYears(),
                f.zip(),
                null,
                List.of(),
                f.interactions(),
                safety,
                f.preferences(),
                Intake.RedFlags.NOT_REPORTED);
    }

    static Facts condition(Condition condition) {
        return condition(condition, NO_RISKS);
    }

    static Facts interactions(Interaction... interactions) {
        Facts f = candidate();
        return new Facts(
                f.condition(),
                f.ageYears(),
                f.zip(),
                f.migraine(),
                f.scores(),
                List.of(interactions),
                f.safety(),
                f.preferences(),
                f.redFlags());
    }

    /** A record with every Boolean component set to {@code booleans} (other components null), then the named ones. */
    private static <R extends Record> R build(Class<R> type, Object booleans, Object... namesAndValues) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = components[i].getType() == Boolean.class ? booleans : null;
        }
        for (int n = 0; n < namesAndValues.length; n += 2) {
            args[indexOf(components, (String) namesAndValues[n])] = namesAndValues[n + 1];
        }
        try {
            Class<?>[] types =
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No field " + name);
    }

    /** The names of the yes/no safety answers. */
    static List<String> safetyAnswers() {
        return Arrays.stream(Intake.Safety.class.getRecordComponents())
                .filter(c -> c.getType() == Boolean.class)
                .map(RecordComponent::getName)
                .toList();
    }
}
