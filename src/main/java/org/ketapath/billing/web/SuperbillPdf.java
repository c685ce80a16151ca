package org.ketapath.billing.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.ketapath.billing.domain.SuperbillDocument;
import org.ketapath.platform.pdf.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A superbill as a PDF (template {@code billing/superbill-pdf}, the shared renderer: fonts embedded, tagged). */
@Component
class SuperbillPdf {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);

    private final PdfRenderer renderer;

    SuperbillPdf(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] render(SuperbillDocument document) {
        return renderer.render(
                "billing/superbill-pdf", Map.of("s", document, "fmt", new Dates(ZoneId.of(document.timezone()))));
    }

    ResponseEntity<byte[]> response(SuperbillDocument document) {
        String file = "superbill-" + document.number() + "-v" + document.version() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(render(document));
    }

    /** Dates as the document prints them ("Dec 2, 2026"). */
    public static final class Dates {
        private final ZoneId zone;

        Dates(ZoneId zone) {
            this.zone = zone;
        }

        public String date(java.time.LocalDate day) {
            return DATE.format(day);
        }

        /** "11/03/2026", as claim forms write dates of service. */
        public String shortDate(java.time.LocalDate day) {
            return day.format(DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US));
        }

        public String day(java.time.Instant at) {
            return DATE.format(at.atZone(zone));
        }
    }
}
