package org.ketapath.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ketapath.assessment.domain.MedicineWords;

/**
 * Sorts medicine names as typed into classes with the interaction matcher's name handling: any case, doses and
 * punctuation ignored ("IMITREX 50mg", "Tylenol #3"), names of several words matched as a run of words, and one
 * typing slip allowed in a word of {@value #MIN_SLIP_LENGTH} or more letters unless the word typed is itself one
 * of the catalogue's words. An exact match beats a close one, and a longer name beats a shorter one ("tylenol 3"
 * over "tylenol"). Other modules give their own catalogue (the outcomes diary's acute medicines, say).
 */
public final class MedicineNames {

    /** The shortest catalogue word that may be matched with one slip, as in the interaction matcher. */
    public static final int MIN_SLIP_LENGTH = 6;

    private static final Pattern LETTERS = Pattern.compile("[a-z]+");

    private final List<Entry> entries;
    private final Set<String> knownWords = new HashSet<>();

    private MedicineNames(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        entries.forEach(e -> knownWords.addAll(e.words()));
    }

    /**
     * A catalogue of class id to the names (brand and generic) that belong to it.
     *
     * @throws IllegalArgumentException for a name without letters or digits
     */
    public static MedicineNames of(Map<String, List<String>> namesByClass) {
        List<Entry> entries = new ArrayList<>();
        new LinkedHashMap<>(namesByClass).forEach((classId, names) -> {
            for (String name : names) {
                List<String> words = MedicineWords.of(name);
                if (words.isEmpty()) {
                    throw new IllegalArgumentException("class " + classId + " has a name without letters: " + name);
                }
                entries.add(new Entry(classId, name, words));
            }
        });
        return new MedicineNames(entries);
    }

    /**
     * The class of a medicine as typed, if a catalogue name matches it.
     *
     * @param classId the class
     * @param name the catalogue name that matched
     * @param exact false when read with one typing slip
     */
    public record Match(String classId, String name, boolean exact) {}

    /** The best match for the text, or empty when no catalogue name matches. */
    public Optional<Match> classify(String typed) {
        List<String> words = MedicineWords.of(typed);
        Match best = null;
        int bestLength = 0;
        for (Entry entry : entries) {
            Boolean exact = matchAnywhere(words, entry.words());
            if (exact == null) {
                continue;
            }
            boolean better = best == null
                    || (exact && !best.exact())
                    || (exact == best.exact() && entry.words().size() > bestLength);
            if (better) {
                best = new Match(entry.classId(), entry.name(), exact);
                bestLength = entry.words().size();
            }
        }
        return Optional.ofNullable(best);
    }

    /** True: the name's words appear in a row; false: they do with one slip; null: not at all. */
    private @Nullable Boolean matchAnywhere(List<String> words, List<String> run) {
        Boolean found = null;
        for (int start = 0; start + run.size() <= words.size(); start++) {
            int slips = 0;
            for (int i = 0; i < run.size() && slips < 2; i++) {
                String typed = words.get(start + i);
                String wanted = run.get(i);
                if (!typed.equals(wanted)) {
                    slips += isSlip(typed, wanted) ? 1 : 2;
                }
            }
            if (slips == 0) {
                return Boolean.TRUE;
            }
            if (slips == 1) {
                found = Boolean.FALSE;
            }
        }
        return found;
    }

    private boolean isSlip(String typed, String wanted) {
        return wanted.length() >= MIN_SLIP_LENGTH
                && LETTERS.matcher(typed).matches()
                && !knownWords.contains(typed)
                && MedicineWords.oneSlipApart(typed, wanted);
    }

    private record Entry(String classId, String name, List<String> words) {}
}
