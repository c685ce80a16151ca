package org.ketapath.billing.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The billable ICD-10-CM codes a superbill may carry, from {@code billing/icd10cm-billable.tsv} (CMS/NCHS FY2026
 * code descriptions; the file says where from). A code that is the start of a listed code (G43.7) is a category
 * and not billable; anything else not listed is not a code we know. A broken file stops the application.
 */
@Component
public class IcdCatalogue {

    static final String RESOURCE = "billing/icd10cm-billable.tsv";
    private static final Pattern SHAPE = Pattern.compile("[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?");

    private final Map<String, String> titles;

    IcdCatalogue() {
        this.titles = load();
    }

    /** What a typed code is. */
    public sealed interface Lookup {}

    /** A billable code and its title. */
    public record Billable(String code, String title) implements Lookup {}

    /** A category: exists, but a more specific code must be used (e.g. "G43.7": use G43.709 ... G43.719). */
    public record Category(String code, String example) implements Lookup {}

    /** Not an ICD-10-CM code on the list (or not shaped like one). */
    public record Unknown(String code) implements Lookup {}

    public Lookup lookup(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (code.length() > 3 && code.charAt(3) != '.' && !code.contains(".")) {
            code = code.substring(0, 3) + "." + code.substring(3); // G43719 as G43.719
        }
        if (!SHAPE.matcher(code).matches()) {
            return new Unknown(code);
        }
        String title = titles.get(code);
        if (title != null) {
            return new Billable(code, title);
        }
        String prefix = code;
        Optional<String> longer =
                titles.keySet().stream().filter(c -> c.startsWith(prefix)).findFirst();
        return longer.<Lookup>map(c -> new Category(prefix, c)).orElse(new Unknown(code));
    }

    /** The billable code's title, if it is one. */
    public Optional<String> title(String code) {
        return Optional.ofNullable(titles.get(code));
    }

    /**
     * The typed code as a billable code, or a refusal naming the field: "is a category, not a billable code" or
     * "is not an ICD-10-CM code we know".
     */
    public Billable require(String field, String typed) {
        Lookup found = lookup(typed);
        if (found instanceof Billable b) {
            return b;
        }
        if (found instanceof Category c) {
            throw new BillingRefusal.InvalidInput(
                    field, "is an ICD-10-CM category, not a billable code: use a complete code such as " + c.example());
        }
        throw new BillingRefusal.InvalidInput(field, "is not an ICD-10-CM code on our list");
    }

    private static Map<String, String> load() {
        Map<String, String> codes = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != 2 || !SHAPE.matcher(parts[0]).matches() || parts[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + " line " + n + " is not code<TAB>title");
                }
                if (codes.put(parts[0], parts[1]) != null) {
                    throw new IllegalStateException(RESOURCE + " line " + n + " repeats " + parts[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no codes");
        }
        return java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(codes));
    }
}
