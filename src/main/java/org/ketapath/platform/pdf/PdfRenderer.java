package org.ketapath.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to a PDF: the same templates and model style as the pages, so a document and its
 * page cannot drift apart.
 *
 * <p>What every PDF gets:
 * <ul>
 *   <li>Fonts embedded (DejaVu Sans, regular and bold, subset to the glyphs used; licence in
 *       {@code src/main/resources/fonts/DejaVu-LICENSE.txt}), so it prints the same everywhere. Templates use
 *       {@code font-family: 'DejaVu Sans'}; the fragment {@code fragments/pdf :: style} sets it with a US Letter page.
 *   <li>Tagged for accessibility (PDF/UA: structure tree, reading order, the {@code <title>} as document title, the
 *       {@code lang} attribute as language). A template must have a {@code <title>}, a
 *       {@code <meta name="subject">} (the document description), {@code <html lang="en">}, every image an {@code alt}, and no form controls
 *       (they would need a non-embedded font).
 * </ul>
 *
 * <p>Templates are rendered outside a web request: no {@code @{/...}} link expressions (they need a request);
 * pass absolute URLs in the model. Thymeleaf's HTML output is parsed with jsoup into the well-formed DOM the renderer
 * needs, so templates are ordinary HTML5.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private static final String PRODUCER = "KetaPath";

    private final ITemplateEngine templates;

    public PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The PDF for {@code template} (a Thymeleaf template name such as {@code "billing/superbill-pdf"}) with
     * {@code model}.
     *
     * @throws PdfRenderingException when the template cannot be rendered (a programming error, not user input)
     */
    public byte[] render(String template, Map<String, ?> model) {
        Context context = new Context(Locale.US);
        model.forEach(context::setVariable);
        String html;
        try {
            html = templates.process(template, context);
        } catch (RuntimeException e) {
            throw new PdfRenderingException("Could not render the template " + template, e);
        }
        return fromHtml(html);
    }

    /** The PDF for an HTML5 document already rendered. */
    public byte[] fromHtml(String html) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.withProducer(PRODUCER);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withW3cDocument(document, "classpath:/");
            builder.toStream(out);
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderingException("Could not render the PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        try {
            return new ClassPathResource("fonts/" + file).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + file + " is missing", e);
        }
    }

    /** A template that cannot be turned into a PDF: a defect in the template, never the user's input. */
    public static class PdfRenderingException extends RuntimeException {
        PdfRenderingException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
