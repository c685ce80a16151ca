package org.ketapath.assessment.domain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interacting drug classes of {@code assessment/interactions.json}, each with its sources, matched by brand or
 * generic name in any case with doses and forms ignored ("XANAX 0.5mg", "alprazolam er", "Tylenol #3").
 *
 * <p>A word of a name of {@value #MIN_SLIP_LENGTH} or more letters also matches one slip ("alprazolom", "ultrm"),
 * unless the word typed is itself a known word: a catalogue word or one of the catalogue's {@code notMisspellings}
 * (ordinary words and other medicines one slip from a flagged name, such as "ultra" and "lyrics"). An exact match
 * always wins over a close one, and a name with more words over a shorter one that covers fewer of them.
 */
@Component
public class InteractionCatalog {

    static final String RESOURCE = "assessment/interactions.json";

    /** What every result with interactions says about them. */
    public static final String ADVICE = "The medicines listed are flags for a clinician to review with you, not a"
            + " diagnosis. Never stop or change a medicine on your own: some are dangerous to stop suddenly.";

    static final int MIN_SLIP_LENGTH = 6;

    private static final int NO_MATCH = 2;
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern CLASS_ID = Pattern.compile("[A-Z][A-Z_]*");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern PMID = Pattern.compile("\\d{1,9}");

    private final List<DrugClass> classes;
    private final Set<String> knownWords = new HashSet<>();

    public InteractionCatalog() {
        CatalogFile file = readFile();
        List<DrugClass> loaded = new ArrayList<>();
        for (ClassFile entry : file.classes()) {
            loaded.add(drugClass(entry, file.sources()));
        }
        this.classes = List.copyOf(loaded);
        classes.forEach(c -> c.names().forEach(name -> knownWords.addAll(name.words())));
        file.notMisspellings().forEach(word -> knownWords.addAll(MedicineWords.of(word)));
    }

    /** Every interaction among the medicines, in the order given; a medicine may match more than one class. */
    public List<Interaction> find(List<String> medications) {
        List<Interaction> found = new ArrayList<>();
        for (String medication : medications) {
            List<String> words = MedicineWords.of(medication);
            List<Hit> hits = new ArrayList<>();
            for (DrugClass drugClass : classes) {
                Hit hit = bestHit(words, drugClass);
                if (hit != null) {
                    hits.add(hit);
                }
            }
            for (Hit hit : hits) {
                if (!explainedBetter(hit, hits)) {
                    found.add(hit.drugClass().interaction(medication.trim(), hit));
                }
            }
        }
        return found;
    }

    /** The classes as loaded, for tests and the information page's checks. */
    List<DrugClass> classes() {
        return classes;
    }

    /** Whether the word (lower case) is a catalogue word or a known other word, which is never read as a slip. */
    boolean isKnownWord(String word) {
        return knownWords.contains(word);
    }

    /** The class's exact match with the most words, else its close match with the most words. */
    private @Nullable Hit bestHit(List<String> words, DrugClass drugClass) {
        Hit best = null;
        for (Name name : drugClass.names()) {
            Hit hit = hit(words, name, drugClass);
            if (hit != null && (best == null || hit.betterThan(best))) {
                best = hit;
            }
        }
        return best;
    }

    /** A close match is dropped when a longer name, say "methylene blue", explains the words it covers. */
    private static boolean explainedBetter(Hit hit, Iterable<Hit> others) {
        if (hit.match() == Interaction.Match.EXACT) {
            return false;
        }
        for (Hit other : others) {
            if (other.length() > hit.length() && other.start() <= hit.start() && hit.end() <= other.end()) {
                return true;
            }
        }
        return false;
    }

    /** Where the name's words appear in a row among the words typed, exactly if anywhere, else with one slip. */
    private @Nullable Hit hit(List<String> words, Name name, DrugClass drugClass) {
        List<String> run = name.words();
        Hit close = null;
        for (int start = 0; start + run.size() <= words.size(); start++) {
            int slips = slipsAt(words, start, run);
            if (slips == 0) {
                return new Hit(drugClass, name.text(), Interaction.Match.EXACT, start, run.size());
            }
            if (slips == 1 && close == null) {
                close = new Hit(drugClass, name.text(), Interaction.Match.CLOSE_SPELLING, start, run.size());
            }
        }
        return close;
    }

    private int slipsAt(List<String> words, int start, List<String> run) {
        int slips = 0;
        for (int i = 0; i < run.size(); i++) {
            String typed = words.get(start + i);
            String wanted = run.get(i);
            if (!typed.equals(wanted) && (!isSlip(typed, wanted) || ++slips > 1)) {
                return NO_MATCH;
            }
        }
        return slips;
    }

    /** A slip of a word of 6 or more letters; the word typed (5 letters or more then) must not be a known word. */
    private boolean isSlip(String typed, String wanted) {
        return wanted.length() >= MIN_SLIP_LENGTH
                && LETTERS.matcher(typed).matches()
                && !knownWords.contains(typed)
                && MedicineWords.oneSlipApart(typed, wanted);
    }

    static CatalogFile readFile() {
        JsonMapper mapper = JsonMapper.builder().build();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return mapper.readValue(in, CatalogFile.class);
        } catch (IOException | JacksonException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static DrugClass drugClass(ClassFile entry, Map<String, InteractionSource> sources) {
        String id = String.valueOf(entry.drugClass());
        require(CLASS_ID.matcher(id).matches(), id, "needs an upper-case id such as OPIOID");
        require(present(entry.label()) && present(entry.effect()), id, "needs a label and an effect");
        require(present(entry.evidence()), id, "needs to say where its evidence comes from");
        require(entry.names() != null && !entry.names().isEmpty(), id, "needs at least one name");
        require(entry.sources() != null, id, "needs sources");
        List<InteractionSource> cited = new ArrayList<>();
        for (String sourceId : entry.sources()) {
            InteractionSource source = sources.get(sourceId);
            require(source != null, id, "cites unknown source " + sourceId);
            require(valid(source), id, "cites source " + sourceId + " without a valid DOI, PubMed id or https link");
            cited.add(source);
        }
        require(cited.stream().anyMatch(InteractionSource::identified), id, "needs a source with a DOI or PubMed id");
        List<Name> names = new ArrayList<>();
        for (String name : entry.names()) {
            require(!MedicineWords.of(name).isEmpty(), id, "has a name without letters: '" + name + "'");
            names.add(new Name(name, MedicineWords.of(name)));
        }
        return new DrugClass(
                id, entry.label(), entry.effect(), entry.evidence(), List.copyOf(cited), List.copyOf(names));
    }

    @SuppressWarnings("ConstantValue") // a field missing from the file reads as null
    private static boolean present(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static boolean valid(@Nullable InteractionSource source) {
        return source != null
                && !source.citation().isBlank()
                && (source.doi() == null || DOI.matcher(source.doi()).matches())
                && (source.pmid() == null || PMID.matcher(source.pmid()).matches())
                && source.url() != null
                && source.url().startsWith("https://");
    }

    private static void require(boolean condition, String drugClass, String problem) {
        if (!condition) {
            throw new IllegalStateException(RESOURCE + ": class " + drugClass + " " + problem);
        }
    }

    /** A catalogue name and its words as {@link MedicineWords#of} reads them. */
    record Name(String text, List<String> words) {}

    /** A class as loaded: its sources resolved, its names read into words. */
    record DrugClass(
            String drugClass,
            String label,
            String effect,
            String evidence,
            List<InteractionSource> sources,
            List<Name> names) {

        Interaction interaction(String medication, Hit hit) {
            String said = hit.match() == Interaction.Match.EXACT
                    ? effect
                    : "Read as " + hit.name() + " (a close spelling). " + effect;
            return new Interaction(medication, drugClass, said, label, hit.name(), hit.match(), evidence, sources);
        }
    }

    /** A name found among the words typed: how, and at which words. */
    private record Hit(DrugClass drugClass, String name, Interaction.Match match, int start, int length) {

        int end() {
            return start + length;
        }

        boolean betterThan(Hit other) {
            if (match != other.match) {
                return match == Interaction.Match.EXACT;
            }
            return length > other.length;
        }
    }

    record CatalogFile(
            String note,
            Map<String, InteractionSource> sources,
            List<String> notMisspellings,
            List<ClassFile> classes) {}

    record ClassFile(
            String drugClass, String label, String effect, String evidence, List<String> sources, List<String> names) {}
}
