package org.jcpp.liaison.surveys;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Image;
import org.openpdf.text.ImgRaw;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A survey's printed handout: its title, a large QR code of its public address, the address in plain text for those who
 * type it, and for each language it is offered in an invitation, how to open it, the promise that it is anonymous and
 * its days. One US Letter page, as a PDF to print or a PNG to share; both are laid out by the same code, in points of
 * the Letter page (the PNG is drawn at two pixels a point: 1224 × 1584). No Spring: {@link SurveyHandouts} fills it.
 */
final class SurveyHandout {

    /** What a handout says: the survey's title, its public address and one block of words per language. */
    record Handout(String title, String address, List<Block> blocks) {

        Handout {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * One language's words: the invitation, "scan the code or type this address", the privacy promise and its days
     * ("Open until 31 January 2027").
     */
    record Block(String invite, String scan, String promise, String days) {}

    static final float PAGE_WIDTH = PageSize.LETTER.getWidth();
    static final float PAGE_HEIGHT = PageSize.LETTER.getHeight();
    /** Pixels of the PNG per point of the page. */
    static final int PNG_SCALE = 2;
    /** The PDF's QR image has at least this many pixels an inch on paper, so that no viewer smooths its edges. */
    private static final int QR_DPI = 300;

    private static final float MARGIN = 40;
    /**
     * The QR code's side on paper (its modules, without the quiet zone around them) and the smallest its words may
     * then be: 3 inches when the words have room (one language), 2.5 inches with the words at their size, down to 2
     * inches (144 points) with them smaller.
     */
    private static final float[][] QR_SIZES_AND_TEXT_SCALES = {{216, 1.15f}, {180, 1}, {162, 0.9f}, {144, 0.75f}};
    /** The white around a QR code that lets a phone find it, in modules. */
    private static final int QUIET_ZONE = 4;

    private static final float TITLE_SIZE = 26;
    /** A title is made this small, no smaller, to fit on one line. */
    private static final float TITLE_SIZE_ONE_LINE = 20;

    private static final float ADDRESS_SIZE = 22;
    private static final float ADDRESS_SIZE_SMALLEST = 12;
    private static final float INVITE_SIZE = 16;
    private static final float BODY_SIZE = 13;
    /** The languages' words grow up to this with one or two languages, and shrink to the smallest with three. */
    private static final float TEXT_SCALE_LARGEST = 1.5f;

    private static final Color INK = new Color(0x111111);
    private static final Color BLUE = new Color(0x1d4f91);
    private static final Color RULE = new Color(0xb8c2d0);

    private SurveyHandout() {}

    /** The handout as a PNG of 1224 × 1584 pixels (US Letter at 144 pixels an inch). */
    static byte[] png(Handout handout) {
        var image = new BufferedImage(
                Math.round(PAGE_WIDTH * PNG_SCALE), Math.round(PAGE_HEIGHT * PNG_SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(PNG_SCALE, PNG_SCALE);
            draw(handout, new ImageCanvas(g));
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The handout as a one-page US Letter PDF in Helvetica, its QR code a black-and-white image of whole pixels. */
    static byte[] pdf(Handout handout) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.LETTER, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(handout.title());
            document.open();
            var canvas = new PdfCanvas(
                    writer.getDirectContent(),
                    BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED));
            draw(handout, canvas);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the handout could not be written", e);
        }
        return out.toByteArray();
    }

    /** The address as a QR code (error correction M): one bit a module, without the quiet zone (the page's white). */
    static BitMatrix qr(String address) {
        try {
            return new QRCodeWriter()
                    .encode(
                            address,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    0,
                                    EncodeHintType.CHARACTER_SET,
                                    "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the address does not fit in a QR code", e);
        }
    }

    /**
     * The QR code as the PDF embeds it: {@code pixelsPerModule} pixels for each module, one bit a pixel, a row padded
     * to whole bytes, 1 white and 0 black (DeviceGray).
     */
    static byte[] qrBits(BitMatrix modules, int pixelsPerModule) {
        int side = modules.getWidth() * pixelsPerModule;
        int rowBytes = (side + 7) / 8;
        byte[] bits = new byte[rowBytes * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (!modules.get(x / pixelsPerModule, y / pixelsPerModule)) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return bits;
    }

    /** The largest words that fit on the page, then the same drawn. */
    static void draw(Handout handout, Canvas canvas) {
        BitMatrix modules = qr(handout.address());
        float bottom = PAGE_HEIGHT - MARGIN;
        for (float[] sizes : QR_SIZES_AND_TEXT_SCALES) {
            float qrSize = sizes[0];
            for (int step = 0; TEXT_SCALE_LARGEST - step * 0.05f >= sizes[1] - 0.001f; step++) {
                float scale = TEXT_SCALE_LARGEST - step * 0.05f;
                if (layout(handout, modules, canvas, qrSize, scale, false) <= bottom) {
                    layout(handout, modules, canvas, qrSize, scale, true);
                    return;
                }
            }
        }
        // more than a page's worth of words (more than three languages): the smallest, cut at the page's end
        float[] smallest = QR_SIZES_AND_TEXT_SCALES[QR_SIZES_AND_TEXT_SCALES.length - 1];
        layout(handout, modules, canvas, smallest[0], smallest[1], true);
    }

    /** Lays the handout out from the top; draws it when {@code drawing}; returns where its last line ends. */
    private static float layout(
            Handout handout, BitMatrix modules, Canvas canvas, float qrSize, float scale, boolean drawing) {
        var pen = new Pen(canvas, drawing, MARGIN);
        float width = PAGE_WIDTH - 2 * MARGIN;

        float titleSize = TITLE_SIZE;
        while (titleSize > TITLE_SIZE_ONE_LINE && canvas.width(handout.title(), true, titleSize) > width) {
            titleSize -= 1;
        }
        if (canvas.width(handout.title(), true, titleSize) > width) {
            titleSize = TITLE_SIZE; // on two lines or more: as large as it was
        }
        pen.lines(handout.title(), true, titleSize, BLUE, true, width);
        float quietZone = QUIET_ZONE * qrSize / modules.getWidth();
        pen.y += quietZone;
        if (drawing) {
            canvas.qr(modules, (PAGE_WIDTH - qrSize) / 2, pen.y, qrSize);
        }
        pen.y += qrSize + quietZone;
        float addressSize = ADDRESS_SIZE;
        while (addressSize > ADDRESS_SIZE_SMALLEST && canvas.width(handout.address(), true, addressSize) > width) {
            addressSize -= 1;
        }
        pen.lines(handout.address(), true, addressSize, INK, true, width);
        pen.y += 12 * scale;

        for (Block block : handout.blocks()) {
            pen.y += 4 * scale;
            if (drawing) {
                canvas.rule(MARGIN, PAGE_WIDTH - MARGIN, pen.y);
            }
            pen.y += 10 * scale;
            pen.lines(block.invite(), true, INVITE_SIZE * scale, BLUE, false, width);
            pen.y += 3 * scale;
            pen.lines(block.scan(), false, BODY_SIZE * scale, INK, false, width);
            pen.y += 3 * scale;
            pen.lines(block.promise(), false, BODY_SIZE * scale, INK, false, width);
            pen.y += 3 * scale;
            pen.lines(block.days(), true, BODY_SIZE * scale, INK, false, width);
        }
        return pen.y;
    }

    /** Writes lines down the page. */
    private static final class Pen {

        private final Canvas canvas;
        private final boolean drawing;
        private float y;

        Pen(Canvas canvas, boolean drawing, float y) {
            this.canvas = canvas;
            this.drawing = drawing;
            this.y = y;
        }

        /** The text wrapped within the width, each line {@code 1.28 × size} high, its baseline at 0.92 × size. */
        void lines(String text, boolean bold, float size, Color color, boolean centred, float width) {
            for (String line : wrap(text, bold, size, width, canvas)) {
                if (drawing) {
                    float x = centred ? (PAGE_WIDTH - canvas.width(line, bold, size)) / 2 : MARGIN;
                    canvas.text(line, x, y + 0.92f * size, bold, size, color);
                }
                y += 1.28f * size;
            }
        }
    }

    /** The lines of the text within the width: broken between words, and inside a word longer than a line. */
    private static List<String> wrap(String text, boolean bold, float size, float width, Canvas canvas) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (canvas.width(candidate, bold, size) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            // a word (an address) wider than a line is cut where it must be
            String rest = word;
            while (canvas.width(rest, bold, size) > width && rest.length() > 1) {
                int end = rest.length() - 1;
                while (end > 1 && canvas.width(rest.substring(0, end), bold, size) > width) {
                    end--;
                }
                lines.add(rest.substring(0, end));
                rest = rest.substring(end);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Where a handout is drawn, in points from the page's top left corner. */
    interface Canvas {

        float width(String text, boolean bold, float size);

        void text(String text, float x, float baseline, boolean bold, float size, Color color);

        /** The QR code's modules in a square of {@code size} points, its top left corner at (x, top). */
        void qr(BitMatrix modules, float x, float top, float size);

        void rule(float x1, float x2, float y);
    }

    /** The PNG: Java2D, the sans-serif font, the QR code's modules whole pixels (no blurred edge). */
    private static final class ImageCanvas implements Canvas {

        private final Graphics2D g;
        private final Font regular = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        private final Font bold = new Font(Font.SANS_SERIF, Font.BOLD, 12);

        ImageCanvas(Graphics2D g) {
            this.g = g;
        }

        private Font font(boolean isBold, float size) {
            return (isBold ? bold : regular).deriveFont(size);
        }

        @Override
        public float width(String text, boolean isBold, float size) {
            return (float) font(isBold, size)
                    .getStringBounds(text, g.getFontRenderContext())
                    .getWidth();
        }

        @Override
        public void text(String text, float x, float baseline, boolean isBold, float size, Color color) {
            g.setFont(font(isBold, size));
            g.setColor(color);
            g.drawString(text, x, baseline);
        }

        @Override
        public void qr(BitMatrix modules, float x, float top, float size) {
            AffineTransform points = g.getTransform();
            Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
            try {
                // in pixels: whole pixels a module, the square centred where it was asked for
                g.setTransform(new AffineTransform());
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
                int n = modules.getWidth();
                int module = (int) Math.floor(size * PNG_SCALE / n);
                int left = Math.round((x + size / 2) * PNG_SCALE) - module * n / 2;
                int upper = Math.round((top + size / 2) * PNG_SCALE) - module * n / 2;
                g.setColor(Color.BLACK);
                for (int row = 0; row < n; row++) {
                    for (int column = 0; column < n; column++) {
                        if (modules.get(column, row)) {
                            g.fillRect(left + column * module, upper + row * module, module, module);
                        }
                    }
                }
            } finally {
                g.setTransform(points);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
            }
        }

        @Override
        public void rule(float x1, float x2, float y) {
            g.setColor(RULE);
            g.setStroke(new java.awt.BasicStroke(1.2f));
            g.draw(new java.awt.geom.Line2D.Float(x1, y, x2, y));
        }
    }

    /** The PDF: Helvetica (Windows-1252: Spanish accents print), the QR code an image of whole pixels a module. */
    private static final class PdfCanvas implements Canvas {

        private final PdfContentByte content;
        private final BaseFont regular;
        private final BaseFont bold;

        PdfCanvas(PdfContentByte content, BaseFont regular, BaseFont bold) {
            this.content = content;
            this.regular = regular;
            this.bold = bold;
        }

        @Override
        public float width(String text, boolean isBold, float size) {
            return (isBold ? bold : regular).getWidthPoint(text, size);
        }

        @Override
        public void text(String text, float x, float baseline, boolean isBold, float size, Color color) {
            content.beginText();
            content.setFontAndSize(isBold ? bold : regular, size);
            content.setColorFill(color);
            content.setTextMatrix(x, PAGE_HEIGHT - baseline);
            content.showText(text);
            content.endText();
        }

        @Override
        public void qr(BitMatrix modules, float x, float top, float size) {
            int n = modules.getWidth();
            int pixelsPerModule = (int) Math.ceil(QR_DPI * size / 72 / n);
            int side = n * pixelsPerModule;
            try {
                // raw bits, compressed with Flate (Image.getInstance would make it CCITT G4, which fewer tools read)
                Image image = new ImgRaw(side, side, 1, 1, qrBits(modules, pixelsPerModule));
                image.setInterpolation(false);
                image.scaleAbsolute(size, size);
                image.setAbsolutePosition(x, PAGE_HEIGHT - top - size);
                content.addImage(image);
            } catch (DocumentException e) {
                throw new IllegalStateException("the QR code could not be placed", e);
            }
        }

        @Override
        public void rule(float x1, float x2, float y) {
            content.setColorStroke(RULE);
            content.setLineWidth(0.6f);
            content.moveTo(x1, PAGE_HEIGHT - y);
            content.lineTo(x2, PAGE_HEIGHT - y);
            content.stroke();
        }
    }
}
