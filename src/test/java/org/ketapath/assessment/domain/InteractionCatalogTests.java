package org.ketapath.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.ketapath.assessment.domain.InteractionCatalog.DrugClass;
import org.ketapath.assessment.domain.InteractionCatalog.Name;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.springframework.core.io.ClassPathResource;

class InteractionCatalogTests {

    static final InteractionCatalog catalog = new InteractionCatalog();

    static Stream<Arguments> everyCatalogueName() {
        return catalog.classes().stream()
                .flatMap(c -> c.names().stream().map(n -> Arguments.of(n.text(), c.drugClass())));
    }

    @ParameterizedTest(name = "{0} is flagged as {1}")
    @MethodSource("everyCatalogueName")
    void every_name_in_the_catalogue_matches_its_class_exactly(String name, String drugClass) {
        assertThat(catalog.find(List.of(name)))
                .filteredOn(i -> i.drugClass().equals(drugClass))
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.match()).isEqualTo(Interaction.Match.EXACT);
                    assertThat(i.matchedName()).isEqualTo(name);
                });
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "XANAX 0.5mg | BENZODIAZEPINE",
                "Xanax 0.5 mg | BENZODIAZEPINE",
                "alprazolam er | BENZODIAZEPINE",
                "ALPRAZOLAM ER 1MG | BENZODIAZEPINE",
                "Klonopin 1 mg twice daily | BENZODIAZEPINE",
                "Loreev XR 1.5 mg | BENZODIAZEPINE",
                "lamictal | LAMOTRIGINE",
                "Lamotrigine XR 200mg | LAMOTRIGINE",
                "Nardil | MAOI",
                "selegiline patch (Emsam) | MAOI",
                "Methylene Blue 1% | MAOI",
                "Adderall XR 20 mg | STIMULANT",
                "methylphenidate | STIMULANT",
                "Jornay PM 40 mg | STIMULANT",
                "Provigil 200mg | STIMULANT",
                "MS Contin 15mg | OPIOID",
                "butorphanol nasal spray | OPIOID",
                "Ambien 10mg | SEDATIVE",
                "Belsomra | SEDATIVE",
                "Neurontin 300 mg three times a day | GABAPENTINOID",
                "Lyrica CR | GABAPENTINOID",
                "Flexeril 10 mg at night | MUSCLE_RELAXANT",
                "sodium oxybate | OXYBATE",
                "Xywav | OXYBATE",
                "namenda | NMDA_ANTAGONIST",
                "Delsym cough syrup | NMDA_ANTAGONIST",
                "Auvelity (dextromethorphan-bupropion) | NMDA_ANTAGONIST",
                "clarithromycin 500 mg | KETAMINE_METABOLISM",
                "Paxlovid | KETAMINE_METABOLISM",
                "Tegretol XR | KETAMINE_METABOLISM",
                "rifampicin | KETAMINE_METABOLISM",
                "Grapefruit juice daily | KETAMINE_METABOLISM",
                "St. John's Wort 300mg | KETAMINE_METABOLISM",
                "St Johns wort | KETAMINE_METABOLISM",
                "St.John’s wort | KETAMINE_METABOLISM"
            })
    void brand_and_generic_names_match_in_any_case_with_doses_and_forms_ignored(String medication, String drugClass) {
        assertThat(catalog.find(List.of(medication)))
                .extracting(Interaction::drugClass)
                .containsExactly(drugClass);
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Tylenol #3 | OPIOID",
                "Tylenol #4 | OPIOID",
                "tylenol 3 | OPIOID",
                "Tylenol No. 3 | OPIOID",
                "Tylenol with codeine | OPIOID",
                "Tylenol w/ codeine #3 | OPIOID",
                "Tylenol-Codeine No.3 | OPIOID",
                "acetaminophen/codeine 300/30 | OPIOID",
                "oxycodone/acetaminophen 5/325 | OPIOID",
                "hydrocodone-APAP 10-325 | OPIOID",
                "Percocet 5/325 | OPIOID",
                "Ultracet | OPIOID",
                "Robitussin DM | NMDA_ANTAGONIST",
                "Mucinex DM 600 mg | NMDA_ANTAGONIST",
                "nirmatrelvir/ritonavir | KETAMINE_METABOLISM",
                "Fioricet | SEDATIVE",
                "butalbital/acetaminophen/caffeine | SEDATIVE",
                "Esgic 50-325-40 | SEDATIVE"
            })
    void combination_products_match_the_class_of_the_flagged_ingredient(String medication, String drugClass) {
        assertThat(catalog.find(List.of(medication)))
                .extracting(Interaction::drugClass)
                .containsExactly(drugClass);
    }

    @Test
    void a_combination_of_two_flagged_ingredients_is_flagged_for_both() {
        assertThat(catalog.find(List.of("Fioricet with codeine")))
                .extracting(Interaction::drugClass)
                .containsExactly("OPIOID", "SEDATIVE");
        assertThat(catalog.find(List.of("Fiorinal w/codeine #3")))
                .extracting(Interaction::drugClass)
                .containsExactly("OPIOID", "SEDATIVE");
        assertThat(catalog.find(List.of("phenobarbital 30 mg")))
                .extracting(Interaction::drugClass)
                .containsExactly("SEDATIVE", "KETAMINE_METABOLISM");
    }

    @ParameterizedTest(name = "{0} is read as {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "alprazolom | alprazolam | BENZODIAZEPINE",
                "Klonipin 0.5mg | klonopin | BENZODIAZEPINE",
                "clonazepan | clonazepam | BENZODIAZEPINE",
                "lorazapam | lorazepam | BENZODIAZEPINE",
                "Adderal | adderall | STIMULANT",
                "Adderalll XR | adderall | STIMULANT",
                "Ritlin LA | ritalin | STIMULANT",
                "Ultrm | ultram | OPIOID",
                "codein | codeine | OPIOID",
                "Ambian | ambien | SEDATIVE",
                "oxycotin | oxycontin | OPIOID",
                "tramadal 50 mg | tramadol | OPIOID",
                "Percoset | percocet | OPIOID",
                "hydrocodon | hydrocodone | OPIOID",
                "Tylenl #3 | tylenol 3 | OPIOID",
                "gabapentine | gabapentin | GABAPENTINOID",
                "Lyrika | lyrica | GABAPENTINOID",
                "cyclobenzaprin | cyclobenzaprine | MUSCLE_RELAXANT",
                "Lamictol | lamictal | LAMOTRIGINE",
                "memantien | memantine | NMDA_ANTAGONIST",
                "dextromethorphen | dextromethorphan | NMDA_ANTAGONIST",
                "methylen blue | methylene blue | MAOI",
                "carbamazapine | carbamazepine | KETAMINE_METABOLISM",
                "clarithromicin | clarithromycin | KETAMINE_METABOLISM",
                "Paxlovd | paxlovid | KETAMINE_METABOLISM",
                "grapfruit | grapefruit | KETAMINE_METABOLISM"
            })
    void one_slip_in_a_name_of_six_or_more_letters_still_matches(String typed, String name, String drugClass) {
        assertThat(catalog.find(List.of(typed))).singleElement().satisfies(i -> {
            assertThat(i.drugClass()).isEqualTo(drugClass);
            assertThat(i.matchedName()).isEqualTo(name);
            assertThat(i.match()).isEqualTo(Interaction.Match.CLOSE_SPELLING);
            assertThat(i.medication()).isEqualTo(typed.trim());
            assertThat(i.effect()).startsWith("Read as " + name + " (a close spelling). ");
        });
    }

    @Test
    void any_single_slip_in_a_one_word_name_of_six_or_more_letters_still_matches_its_class() {
        qt().withExamples(3000)
                .forAll(slipped())
                .checkAssert(slip -> assertThat(catalog.find(List.of(slip.typed())))
                        .as("%s typed as %s", slip.name(), slip.typed())
                        .extracting(Interaction::drugClass)
                        .contains(slip.drugClass()));
    }

    @ParameterizedTest
    @CsvSource({"Xanaz", "Xanaxx", "Norko", "Somma", "Onfy", "alprazolaamm 1mg", "lorazapan", "Tylenl"})
    void names_shorter_than_six_letters_and_two_slips_do_not_match(String typed) {
        assertThat(catalog.find(List.of(typed))).isEmpty();
    }

    @Test
    void a_word_that_is_itself_a_known_name_is_read_exactly_never_as_a_slip_of_another() {
        List<String> oneSlipApart = new ArrayList<>();
        for (String word : catalogueWords()) {
            for (String other : catalogueWords()) {
                if (MedicineWords.oneSlipApart(word, other)) {
                    oneSlipApart.add(word);
                }
            }
        }
        oneSlipApart.addAll(InteractionCatalog.readFile().notMisspellings());

        assertThat(oneSlipApart).as("known words one slip from a flagged name").isNotEmpty();
        assertThat(oneSlipApart)
                .allSatisfy(word -> assertThat(catalog.find(List.of(word)))
                        .as(word)
                        .allSatisfy(i -> assertThat(i.match()).isEqualTo(Interaction.Match.EXACT)));
        assertThat(catalog.find(List.of("Tylenol", "Robitussin", "Mucinex", "sodium", "blue", "juice")))
                .isEmpty();
    }

    @Test
    void common_medicines_supplements_and_ordinary_answers_are_never_flagged() {
        List<String> notFlagged = notFlagged();

        assertThat(notFlagged).hasSizeGreaterThanOrEqualTo(50).contains("sertraline", "ibuprofen", "Tylenol");
        assertThat(notFlagged)
                .allSatisfy(medicine ->
                        assertThat(catalog.find(List.of(medicine))).as(medicine).isEmpty());
        assertThat(catalog.find(notFlagged)).isEmpty();
    }

    @Test
    void no_word_of_the_common_medicines_is_one_slip_from_a_flagged_name_unless_it_is_known() {
        List<String> collisions = new ArrayList<>();
        for (String medicine : notFlagged()) {
            for (String word : MedicineWords.of(medicine)) {
                for (String flagged : catalogueWords()) {
                    if (MedicineWords.oneSlipApart(word, flagged) && !catalog.isKnownWord(word)) {
                        collisions.add(medicine + " ~ " + flagged);
                    }
                }
            }
        }
        assertThat(collisions).isEmpty();
    }

    @Test
    void words_listed_as_not_misspellings_are_never_flagged() {
        List<String> listed = InteractionCatalog.readFile().notMisspellings();

        assertThat(listed).allSatisfy(word -> {
            assertThat(catalog.find(List.of(word))).as(word).isEmpty();
            assertThat(catalogueWords())
                    .as("%s is listed because it is one slip from a flagged name", word)
                    .anySatisfy(flagged -> assertThat(MedicineWords.oneSlipApart(word, flagged))
                            .isTrue());
        });
    }

    @Test
    void every_class_cites_a_source_with_a_doi_or_pubmed_id_and_says_where_its_evidence_comes_from() {
        assertThat(catalog.classes()).hasSizeGreaterThanOrEqualTo(11).allSatisfy(c -> {
            assertThat(c.sources())
                    .as(c.drugClass())
                    .anySatisfy(s -> assertThat(s.identified()).isTrue());
            assertThat(c.sources())
                    .as(c.drugClass())
                    .allSatisfy(s -> assertThat(s.url()).startsWith("https://"));
            assertThat(c.evidence()).as(c.drugClass()).isNotBlank();
            assertThat(c.label()).as(c.drugClass()).isNotBlank();
        });
        assertThat(catalog.classes())
                .flatExtracting(DrugClass::sources)
                .extracting(InteractionSource::citation)
                .noneMatch(citation -> citation.contains("KetaPath") || citation.contains(".md"));
    }

    @Test
    void the_evidence_says_plainly_where_it_comes_from() {
        assertThat(evidenceOf("BENZODIAZEPINE")).contains("depression studies", "47", "day 1");
        assertThat(evidenceOf("KETAMINE_METABOLISM")).contains("oral S-ketamine", "intravenous", "14%");
        assertThat(evidenceOf("MAOI")).contains("thin");
    }

    @Test
    void the_medication_is_reported_as_entered_with_its_class_in_words_and_its_sources() {
        assertThat(catalog.find(List.of("  Xanax 0.5 mg "))).singleElement().satisfies(i -> {
            assertThat(i.medication()).isEqualTo("Xanax 0.5 mg");
            assertThat(i.classLabel()).isEqualTo("benzodiazepine");
            assertThat(i.effect()).contains("Do not stop");
            assertThat(i.sources()).extracting(InteractionSource::doi).contains("10.3389/fpsyt.2020.00844");
            assertThat(i.sources())
                    .extracting(InteractionSource::url)
                    .contains("https://doi.org/10.3389/fpsyt.2020.00844");
        });
    }

    @Test
    void the_advice_says_these_are_flags_not_a_diagnosis_and_never_to_stop_a_medicine_alone() {
        assertThat(InteractionCatalog.ADVICE)
                .contains("not a diagnosis")
                .contains("Never stop or change a medicine on your own");
        assertThat(Eligibility.nextSteps(Outcome.CLINICIAN_REVIEW, false, true)).contains(InteractionCatalog.ADVICE);
        assertThat(Eligibility.nextSteps(Outcome.CLINICIAN_REVIEW, false, false))
                .doesNotContain(InteractionCatalog.ADVICE);
    }

    private static String evidenceOf(String drugClass) {
        return catalog.classes().stream()
                .filter(c -> c.drugClass().equals(drugClass))
                .findFirst()
                .orElseThrow()
                .evidence();
    }

    static List<String> catalogueWords() {
        return catalog.classes().stream()
                .flatMap(c -> c.names().stream())
                .flatMap(n -> n.words().stream())
                .filter(w -> w.length() >= InteractionCatalog.MIN_SLIP_LENGTH && w.matches("[a-z]+"))
                .distinct()
                .toList();
    }

    static List<String> notFlagged() {
        try (InputStream in = new ClassPathResource("assessment/not-flagged.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Slip(String name, String typed, String drugClass) {}

    /** A one-word catalogue name of 6 or more letters with one random slip that makes an unknown word. */
    private static Gen<Slip> slipped() {
        List<Slip> names = new ArrayList<>();
        for (DrugClass c : catalog.classes()) {
            for (Name n : c.names()) {
                if (n.words().size() == 1 && n.text().matches("[a-z]{6,}")) {
                    names.add(new Slip(n.text(), n.text(), c.drugClass()));
                }
            }
        }
        Gen<Character> letters = SourceDSL.integers().between(0, 25).map(i -> (char) ('a' + i));
        return Generate.pick(names)
                .zip(
                        SourceDSL.integers().between(0, 3),
                        SourceDSL.integers().between(0, 40),
                        letters,
                        (n, kind, at, c) -> new Slip(
                                n.name(), slip(n.name(), kind, at % n.name().length(), c), n.drugClass()))
                .assuming(s -> !s.typed().equals(s.name()) && !catalog.isKnownWord(s.typed()));
    }

    private static String slip(String word, int kind, int at, char letter) {
        StringBuilder typed = new StringBuilder(word);
        switch (kind) {
            case 0 -> typed.deleteCharAt(at);
            case 1 -> typed.insert(at, letter);
            case 2 -> typed.setCharAt(at, letter);
            default -> {
                int i = Math.min(at, word.length() - 2);
                typed.setCharAt(i, word.charAt(i + 1));
                typed.setCharAt(i + 1, word.charAt(i));
            }
        }
        return typed.toString();
    }
}
