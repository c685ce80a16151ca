package org.ketapath.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class PdfRendererTests {

    private final PdfRenderer renderer = new PdfRenderer(engine());

    private static SpringTemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private byte[] sample() {
        var lines = new LinkedHashMap<String, String>();
        lines.put("IV infusion (6 sessions)", "$3,300.00");
        lines.put("Consultation", "$0.00");
        return renderer.render(
                "pdf-test/sample", Map.of("title", "Superbill for Alex Example", "lines", lines, "total", "$3,300.00"));
    }

    @Test
    void rendersTheTemplateWithItsModelAndNonAsciiText() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Superbill for Alex Example")
                    .contains("IV infusion (6 sessions)")
                    .contains("$3,300.00")
                    .contains("Déjà vu: naïve café, 12 °C, “quoted”, ≥ 50%.")
                    .contains("Page 1 of 1");
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f); // US Letter, 8.5 in
        }
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts)
                    .isNotEmpty()
                    .allSatisfy(font ->
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).allMatch(name -> name.contains("DejaVuSans"));
        }
    }

    @Test
    void isTaggedForAccessibilityWithTitleAndLanguage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(sample())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getStructureTreeRoot()).isNotNull();
            assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(catalog.getLanguage()).startsWith("en");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Superbill for Alex Example");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("A test document for the PDF renderer");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void aMissingTemplateIsARenderingErrorNotAnEmptyDocument() {
        assertThatThrownBy(() -> renderer.render("pdf-test/no-such-template", Map.of()))
                .isInstanceOf(PdfRenderer.PdfRenderingException.class)
                .hasMessageContaining("pdf-test/no-such-template");
    }
}
