package org.ketapath.directory.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.ketapath.shared.Npi;
import org.ketapath.shared.UsState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports practitioner identity from the public NPPES file ({@code npidata_pfile_*.csv}, 329 columns, found by
 * their real names): for each individual (Entity Type Code 1) whose NPI matches a practitioner, fills name,
 * credentials and primary taxonomy and adds each licence slot (number + state) as a PENDING licence with the
 * slot as evidence. NPPES licence numbers are self-reported, so nothing from it is ever VERIFIED.
 */
@Service
public class NppesImporter {

    /** What an import did. */
    public record Result(int rows, int individuals, int invalidNpis, int matchedPractitioners, int licencesAdded) {}

    static final int SLOTS = 15;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NppesImporter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    public Result importFile(Path file) throws IOException {
        int rows = 0;
        int individuals = 0;
        int invalid = 0;
        int matched = 0;
        int added = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            NppesCsv csv = new NppesCsv(reader);
            Map<String, Integer> header = header(csv.next());
            List<String> record;
            while ((record = csv.next()) != null) {
                rows++;
                Row row = new Row(header, record);
                if (!"1".equals(row.get("Entity Type Code"))) {
                    continue;
                }
                individuals++;
                String npi = row.get("NPI");
                if (!Npi.isValid(npi)) {
                    invalid++;
                    continue;
                }
                remember(npi, row, file.getFileName().toString());
                for (UUID[] practitioner : practitioners(npi)) {
                    matched++;
                    updateIdentity(practitioner[0], row);
                    added += addLicences(practitioner, row, file.getFileName().toString());
                }
            }
        }
        return new Result(rows, individuals, invalid, matched, added);
    }

    private static Map<String, Integer> header(List<String> names) throws IOException {
        if (names == null || !names.contains("NPI") || !names.contains("Entity Type Code")) {
            throw new IOException("not an NPPES npidata file: the header lacks NPI and Entity Type Code");
        }
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip(), i);
        }
        return header;
    }

    /** Keeps the individual's identity for clinics that join later with this NPI ({@code nppes_identity}). */
    private void remember(String npi, Row row, String fileName) {
        List<Map<String, Object>> licences = new java.util.ArrayList<>();
        for (int slot = 1; slot <= SLOTS; slot++) {
            String number = row.get("Provider License Number_" + slot);
            String state = row.get("Provider License Number State Code_" + slot);
            if (number.isEmpty() || number.length() > 50 || !isState(state)) {
                continue;
            }
            licences.add(Map.of(
                    "state",
                    state.toUpperCase(Locale.ROOT),
                    "number",
                    number,
                    "taxonomy",
                    row.get("Healthcare Provider Taxonomy Code_" + slot),
                    "slot",
                    slot));
        }
        String credentials = row.get("Provider Credential Text");
        jdbc.sql("""
                        INSERT INTO nppes_identity (npi, given_name, family_name, credentials, taxonomy_code, licences,
                               source_file, imported_at)
                        VALUES (:npi, :given, :family, :credentials, :taxonomy, CAST(:licences AS jsonb), :file, now())
                        ON CONFLICT (npi) DO UPDATE SET given_name = excluded.given_name,
                               family_name = excluded.family_name, credentials = excluded.credentials,
                               taxonomy_code = excluded.taxonomy_code, licences = excluded.licences,
                               source_file = excluded.source_file, imported_at = excluded.imported_at
                        """)
                .param("npi", npi)
                .param("given", name(row.get("Provider First Name")))
                .param("family", name(row.get("Provider Last Name (Legal Name)")))
                .param("credentials", credentials.length() > 100 ? credentials.substring(0, 100) : credentials)
                .param("taxonomy", primaryTaxonomy(row))
                .param("licences", json.writeValueAsString(licences))
                .param("file", fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .update();
    }

    private List<UUID[]> practitioners(String npi) {
        return jdbc.sql("SELECT id, clinic_id FROM practitioner WHERE npi = :npi")
                .param("npi", npi)
                .query((rs, n) -> new UUID[] {rs.getObject("id", UUID.class), rs.getObject("clinic_id", UUID.class)})
                .list();
    }

    private void updateIdentity(UUID practitionerId, Row row) {
        String taxonomy = primaryTaxonomy(row);
        jdbc.sql("""
                        UPDATE practitioner SET
                               given_name = COALESCE(NULLIF(:given, ''), given_name),
                               family_name = COALESCE(NULLIF(:family, ''), family_name),
                               credentials = COALESCE(NULLIF(:credentials, ''), credentials),
                               taxonomy_code = COALESCE(:taxonomy, taxonomy_code)
                         WHERE id = :id
                        """)
                .param("given", name(row.get("Provider First Name")))
                .param("family", name(row.get("Provider Last Name (Legal Name)")))
                .param("credentials", row.get("Provider Credential Text"))
                .param("taxonomy", taxonomy)
                .param("id", practitionerId)
                .update();
    }

    private int addLicences(UUID[] practitioner, Row row, String fileName) {
        int added = 0;
        for (int slot = 1; slot <= SLOTS; slot++) {
            String number = row.get("Provider License Number_" + slot);
            String state = row.get("Provider License Number State Code_" + slot);
            if (number.isEmpty() || number.length() > 50 || !isState(state)) {
                continue;
            }
            String taxonomy = row.get("Healthcare Provider Taxonomy Code_" + slot);
            String note = "NPPES " + fileName + ", slot " + slot + ": taxonomy " + taxonomy + ", primary "
                    + row.get("Healthcare Provider Primary Taxonomy Switch_" + slot)
                    + "; self-reported, not primary-source verified";
            added += jdbc.sql("""
                            INSERT INTO licence (id, clinic_id, practitioner_id, state, number, type, status, source,
                                   evidence_note)
                            VALUES (:id, :clinic, :practitioner, :state, :number, :type, 'PENDING', 'NPPES', :note)
                            ON CONFLICT (practitioner_id, state, number) DO NOTHING
                            """)
                    .param("id", UUID.randomUUID())
                    .param("clinic", practitioner[1])
                    .param("practitioner", practitioner[0])
                    .param("state", state.toUpperCase(Locale.ROOT))
                    .param("number", number)
                    .param("type", taxonomy.isEmpty() ? "NPPES" : "taxonomy " + taxonomy)
                    .param("note", note)
                    .update();
        }
        return added;
    }

    private static String primaryTaxonomy(Row row) {
        String first = null;
        for (int slot = 1; slot <= SLOTS; slot++) {
            String code = row.get("Healthcare Provider Taxonomy Code_" + slot);
            if (!code.matches("[0-9A-Z]{9}X")) {
                continue;
            }
            if ("Y".equals(row.get("Healthcare Provider Primary Taxonomy Switch_" + slot))) {
                return code;
            }
            first = first == null ? code : first;
        }
        return first;
    }

    private static boolean isState(String code) {
        try {
            UsState.of(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** NPPES names are upper case: "O'NEIL-SMITH" becomes "O'Neil-Smith". */
    static String name(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.strip().toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return out.length() > 100 ? out.substring(0, 100) : out.toString();
    }

    private record Row(Map<String, Integer> header, List<String> values) {
        String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= values.size()
                    ? ""
                    : values.get(index).strip();
        }
    }
}
