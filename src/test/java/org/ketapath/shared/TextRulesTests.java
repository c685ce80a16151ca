package org.ketapath.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void ordinary_text_in_any_script_with_tabs_and_line_breaks_is_accepted() {
        assertThat(TextRules.acceptable("Sertraline 50 mg\tdaily\r\nZoë, 李, 🙂, ﷺ"))
                .isTrue();
        assertThat(TextRules.acceptable("")).isTrue();
    }

    @Test
    void control_characters_and_unpaired_surrogates_are_refused() {
        for (String text :
                new String[] {"a\u0000b", "\u0007", "\u001b[31m", "x\u007f", "\u0085", "x\ud800y", "\udc00", "end\ud83d"
                }) {
            assertThat(TextRules.acceptable(text))
                    .as(text.codePoints().boxed().toList().toString())
                    .isFalse();
        }
    }

    @Test
    void any_string_it_accepts_can_be_encoded_as_utf8_and_has_no_control_characters() {
        qt().withExamples(5_000)
                .forAll(strings().allPossible().ofLengthBetween(0, 12))
                .checkAssert(text -> {
                    if (TextRules.acceptable(text)) {
                        assertThat(encodes(text)).isTrue();
                        assertThat(text.chars()
                                        .filter(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r'))
                                .isEmpty();
                    }
                });
    }

    @Test
    void any_lone_surrogate_anywhere_is_refused() {
        qt().withExamples(2_000)
                .forAll(
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8),
                        integers().between(0xD800, 0xDFFF),
                        strings().basicLatinAlphabet().ofLengthBetween(0, 8))
                .checkAssert((before, surrogate, after) -> assertThat(
                                TextRules.acceptable(before + (char) surrogate.intValue() + after))
                        .isFalse());
    }

    private static boolean encodes(String text) {
        try {
            StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .encode(java.nio.CharBuffer.wrap(text));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
