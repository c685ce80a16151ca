package org.ketapath.billing.web;

import java.util.Map;
import java.util.UUID;
import org.ketapath.billing.domain.BillingRefusal;
import org.ketapath.billing.domain.Payments;
import org.ketapath.platform.pdf.PdfRenderer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A payment's receipt as a page and a PDF, for the patient and the clinic's staff (anyone else: not found). */
@Controller
class ReceiptController {

    private final Payments payments;
    private final PdfRenderer renderer;

    ReceiptController(Payments payments, PdfRenderer renderer) {
        this.payments = payments;
        this.renderer = renderer;
    }

    @GetMapping("/receipts/{id}")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("r", receipt(id, "READ"));
        return "billing/receipt";
    }

    @GetMapping("/receipts/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        Payments.Receipt r = receipt(id, "EXPORT");
        byte[] pdf = renderer.render(
                "billing/receipt-pdf", Map.of("r", r, "fmt", new SuperbillPdf.Dates(java.time.ZoneId.of("UTC"))));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("receipt-" + r.payment().receiptNumber() + ".pdf")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    private Payments.Receipt receipt(UUID id, String action) {
        try {
            return payments.receipt(Callers.current(), id, action);
        } catch (BillingRefusal.NotFound e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
