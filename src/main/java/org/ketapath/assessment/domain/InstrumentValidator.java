package org.ketapath.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a loaded definition so that a broken one fails startup with a message saying what is wrong. */
final class InstrumentValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");
    private static final Pattern ITEM_ID = Pattern.compile("[A-Za-z0-9_]{1,20}");
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,30}");
    private static final Set<String> RESERVED = Set.of("instrument", "total", "band", "flags");

    private InstrumentValidator() {}

    static void validate(Instrument in, String resource) {
        check(in.id() != null && ID.matcher(in.id()).matches(), resource, "id must be lower-case letters, digits, '-'");
        check(resource.endsWith("/" + in.id() + ".json"), resource, "file name must be the id: " + in.id() + ".json");
        for (String text : new String[] {in.title(), in.shortTitle(), in.licence(), in.source(), in.instructions()}) {
            check(
                    text != null && !text.isBlank(),
                    resource,
                    "title, shortTitle, instructions, licence, source are required");
        }
        check(in.itemTexts() != null, resource, "itemTexts must be free or licensed");
        check(in.items() != null && !in.items().isEmpty(), resource, "items are required");
        check(in.answer() != null, resource, "a default answer spec is required");
        Set<String> ids = new HashSet<>();
        Set<String> reported = new HashSet<>();
        int min = 0;
        int max = 0;
        for (Item item : in.items()) {
            String where = "item " + item.id();
            check(
                    item.id() != null && ITEM_ID.matcher(item.id()).matches(),
                    resource,
                    "item ids must match " + ITEM_ID);
            check(ids.add(item.id()), resource, where + " is listed twice");
            validateAnswer(in.answerOf(item), resource, where);
            if (in.itemTexts() == ItemTexts.FREE) {
                check(item.text() != null && !item.text().isBlank(), resource, where + " needs its text");
            } else {
                check(item.text() == null, resource, where + ": licensed texts must not ship in the definition");
            }
            if (item.reportAs() != null) {
                check(
                        NAME.matcher(item.reportAs()).matches() && !RESERVED.contains(item.reportAs()),
                        resource,
                        where + ": reportAs must be a camelCase name other than " + RESERVED);
                check(reported.add(item.reportAs()), resource, where + ": reportAs is used twice");
            }
            if (item.countsInTotal()) {
                min += in.answerOf(item).minPoints();
                max += in.answerOf(item).maxPoints();
            }
        }
        validateTotal(in, resource, min, max);
        for (FlagRule flag : in.flags()) {
            check(flag.code() != null && flag.code().matches("[A-Z][A-Z0-9_]*"), resource, "flag codes are UPPER_CASE");
            check(
                    in.item(flag.item()).isPresent(),
                    resource,
                    "flag " + flag.code() + " names unknown item " + flag.item());
        }
    }

    private static void validateAnswer(AnswerSpec spec, String resource, String where) {
        check(spec.type() != null, resource, where + ": answer type must be integer, choice or boolean");
        if (spec.type() == AnswerType.INTEGER) {
            check(spec.min() <= spec.max(), resource, where + ": min must not exceed max");
            List<String> labels = spec.labels();
            check(
                    labels == null || labels.size() == spec.max() - spec.min() + 1,
                    resource,
                    where + ": labels must name every value from min to max");
        } else if (spec.type() == AnswerType.CHOICE) {
            check(!spec.options().isEmpty(), resource, where + ": choice answers need options");
            check(
                    spec.options().stream().map(AnswerOption::value).distinct().count()
                            == spec.options().size(),
                    resource,
                    where + ": option values must be unique");
            check(
                    spec.options().stream().allMatch(o -> o.value() != null && o.label() != null),
                    resource,
                    where + ": options need a value and a label");
        }
    }

    private static void validateTotal(Instrument in, String resource, int min, int max) {
        TotalRule total = in.total();
        check(total != null && "sum".equals(total.rule()), resource, "total.rule must be sum");
        check(
                total.min() == min && total.max() == max,
                resource,
                "total range " + total.min() + ".." + total.max() + " does not match the items (" + min + ".." + max
                        + ")");
        check(in.bands() != null && !in.bands().isEmpty(), resource, "bands are required");
        int next = total.min();
        Set<String> bandIds = new HashSet<>();
        for (Band band : in.bands()) {
            check(band.id() != null && bandIds.add(band.id()), resource, "band ids must be present and unique");
            check(
                    band.min() == next && band.max() >= band.min(),
                    resource,
                    "bands must run in order without gaps or overlaps; band " + band.id() + " should start at " + next);
            next = band.max() + 1;
        }
        check(next == total.max() + 1, resource, "bands must end at the total's maximum " + total.max());
    }

    private static void check(boolean condition, String resource, String problem) {
        if (!condition) {
            throw new InstrumentDefinitionException(resource, problem);
        }
    }
}
