package org.ketapath.shared;

/**
 * What text KetaPath accepts from a request: any Unicode except control characters (C0 other than tab, line
 * feed and carriage return; DEL; C1) and unpaired surrogates, which no form or person types, which PostgreSQL
 * cannot store in text or JSON (NUL, U+0000) and which break encoders (a lone surrogate cannot become UTF-8).
 */
public final class TextRules {

    private TextRules() {}

    /** Whether the text may enter the application. */
    public static boolean acceptable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return false;
            }
            if (Character.isLowSurrogate(c) || isRefusedControl(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
