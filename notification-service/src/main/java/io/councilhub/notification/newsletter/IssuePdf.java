package io.councilhub.notification.newsletter;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF edition of an issue: A4, the title, the subject and each part's heading and text, in IPAex Gothic
 * embedded as a subset (so Japanese shows on any reader). Lines wrap by measured width, character by character,
 * as Japanese has no spaces to break at. A character the font lacks prints as '?'.
 */
@Component
class IssuePdf {

    record Section(String heading, String text) {
    }

    private static final float MARGIN = 56;
    private static final float BODY = 10.5f;
    private static final float HEADING = 13;
    private static final float TITLE = 15;

    private final byte[] font;

    IssuePdf(NewsletterSettings settings) {
        this.font = loadFont(settings.font());
    }

    byte[] render(String title, String subject, List<Section> sections) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font face;
            try (InputStream in = new java.io.ByteArrayInputStream(font)) {
                face = PDType0Font.load(document, in, true);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("councilhub notification-service");
            Writer writer = new Writer(document, face);
            writer.paragraph(title, TITLE, 8);
            writer.paragraph(subject, HEADING, 14);
            for (Section section : sections) {
                writer.paragraph("■ " + section.heading(), HEADING, 6);
                for (String line : section.text().split("\\R", -1)) {
                    writer.paragraph(line, BODY, 0);
                }
                writer.space(10);
            }
            writer.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return UnifiedIdeographs.inToUnicode(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF of " + title, e);
        }
    }

    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void paragraph(String text, float size, float after) throws IOException {
            String printable = printable(text);
            for (String line : wrap(printable, size)) {
                float leading = size * 1.6f;
                if (y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                if (!line.isEmpty()) {
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(line);
                    stream.endText();
                }
            }
            space(after);
        }

        void space(float points) {
            y -= points;
        }

        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float w = font.getStringWidth(ch) / 1000 * size;
                if (used + w > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.append(ch);
                used += w;
                i += Character.charCount(cp);
            }
            lines.add(line.toString());
            return lines;
        }

        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.replace("\t", "    ").codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (Character.isISOControl(cp)) {
                    return;
                }
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException noGlyph) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            stream.close();
        }
    }

    private static byte[] loadFont(String configured) {
        try {
            if (configured != null && !configured.isBlank()) {
                return Files.readAllBytes(Path.of(configured));
            }
            try (InputStream in = IssuePdf.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("the Japanese font /fonts/ipaexg.ttf is missing from the classpath");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the newsletter PDF font " + configured, e);
        }
    }
}
