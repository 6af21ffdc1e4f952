package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jcpp.liaison.surveys.SurveyHandout.Handout;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The printed handout: its QR code scans to the survey's address, its words fit on one page and print as written. */
class SurveyHandoutTest {

    static final String ADDRESS = "https://jcpp.example.org/s/bpcheck2";
    static final String TITLE = "Brooklyn Park community pulse 2026";

    /** The demo's survey in the app's own words (its translations), in the languages given. */
    static Handout brooklynPark(Set<SurveyLanguage> languages, @org.jspecify.annotations.Nullable LocalDate closesOn) {
        var i18n = new DefaultI18NProvider(
                List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("so")));
        var handouts = new SurveyHandouts(mock(SurveyService.class), i18n, "https://jcpp.example.org/");
        return handouts.handout(survey(languages, closesOn));
    }

    static SurveyDetails survey(Set<SurveyLanguage> languages, @org.jspecify.annotations.Nullable LocalDate closesOn) {
        var data = new SurveyData(
                1L,
                TITLE,
                null,
                null,
                LocalDate.of(2026, 3, 1),
                closesOn,
                languages,
                List.of(SurveyItem.FEEL_SAFE),
                List.of());
        return new SurveyDetails(7, 0, data, "bpcheck2", null, true, List.of(), 0);
    }

    private static Handout threeLanguages() {
        return brooklynPark(EnumSet.allOf(SurveyLanguage.class), LocalDate.of(2027, 1, 31));
    }

    @Test
    void the_png_qr_code_scans_to_exactly_the_survey_address() throws Exception {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SurveyHandout.png(threeLanguages())));

        assertThat(decode(png)).isEqualTo(ADDRESS);
    }

    @Test
    void the_png_is_a_portrait_page_wide_enough_to_print() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SurveyHandout.png(threeLanguages())));

        assertThat(png.getWidth()).isGreaterThanOrEqualTo(1000);
        assertThat(png.getHeight()).isGreaterThan(png.getWidth());
    }

    @Test
    void the_png_keeps_its_margins_clear_with_three_languages() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(SurveyHandout.png(threeLanguages())));
        int margin = 30 * SurveyHandout.PNG_SCALE; // inside the page's 40-point margin

        assertThat(inkIn(png, 0, png.getHeight() - margin, png.getWidth(), png.getHeight()))
                .as("dark pixels in the bottom margin")
                .isZero();
        assertThat(inkIn(png, png.getWidth() - margin, 0, png.getWidth(), png.getHeight()))
                .as("dark pixels in the right margin")
                .isZero();
        assertThat(inkIn(png, 0, png.getHeight() * 3 / 4, png.getWidth(), png.getHeight() - margin))
                .as("the Somali block at the foot of the page")
                .isPositive();
    }

    @Test
    void the_pdf_prints_the_title_the_address_and_spanish_with_its_accents() throws IOException {
        var reader = new PdfReader(SurveyHandout.pdf(threeLanguages()));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);

        assertThat(text)
                .contains(TITLE)
                .contains(ADDRESS)
                .contains("cámara de su teléfono")
                .contains("Anónima")
                .contains("Abierta hasta el 31 de enero de 2027")
                .contains("xaaladda socdaalka")
                .contains("immigration status");
    }

    @Test
    void three_languages_fit_on_one_page() throws IOException {
        var reader = new PdfReader(SurveyHandout.pdf(threeLanguages()));

        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        assertThat(reader.getPageSize(1).getWidth()).isEqualTo(612);
        assertThat(reader.getPageSize(1).getHeight()).isEqualTo(792);
    }

    @Test
    void every_line_stays_within_the_page_even_for_a_long_title_and_address() throws Exception {
        var words = threeLanguages();
        var longer = new Handout(
                "Brooklyn Park and Brooklyn Center community pulse 2026: safety, respect and trust in the police after"
                        + " the New Americans' Academy",
                "https://liaison.joint-community-police-partnership.example.org/s/bpcheck2",
                words.blocks());
        var canvas = new Recorder();

        SurveyHandout.draw(longer, canvas);

        assertThat(canvas.lines).isNotEmpty();
        for (var line : canvas.lines) {
            assertThat(line.x()).as(line.text()).isGreaterThanOrEqualTo(39);
            assertThat(line.x() + line.width()).as(line.text()).isLessThanOrEqualTo(612 - 39);
            assertThat(line.baseline()).as(line.text()).isLessThanOrEqualTo(792 - 39);
        }
        assertThat(String.join("", canvas.lines.stream().map(Line::text).toList()))
                .as("the address, though cut into lines, is all there")
                .contains(longer.address());
        assertThat(canvas.qrSize)
                .as("the QR code on paper, in points (2 inches: 144)")
                .isGreaterThanOrEqualTo(144);
    }

    @Test
    void the_qr_code_is_at_least_two_inches_on_paper_and_scans_from_the_pdf() throws Exception {
        byte[] pdf = SurveyHandout.pdf(threeLanguages());
        var reader = new PdfReader(pdf);

        // the image as the PDF holds it: one bit a pixel, 1 white (DeviceGray)
        PRStream image = null;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream
                    && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                image = stream;
            }
        }
        assertThat(image).as("the QR code's image").isNotNull();
        int width = ((PdfNumber) image.get(PdfName.WIDTH)).intValue();
        int height = ((PdfNumber) image.get(PdfName.HEIGHT)).intValue();
        assertThat(((PdfNumber) image.get(PdfName.BITSPERCOMPONENT)).intValue()).isEqualTo(1);
        byte[] bits = PdfReader.getStreamBytes(image);
        // on white, as the page around it is (its quiet zone)
        int quiet = width / 5;
        var picture = new BufferedImage(width + 2 * quiet, height + 2 * quiet, BufferedImage.TYPE_INT_RGB);
        var paper = picture.createGraphics();
        paper.setColor(Color.WHITE);
        paper.fillRect(0, 0, picture.getWidth(), picture.getHeight());
        paper.dispose();
        int rowBytes = (width + 7) / 8;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean white = (bits[y * rowBytes + x / 8] & (0x80 >>> (x % 8))) != 0;
                picture.setRGB(quiet + x, quiet + y, white ? 0xffffff : 0);
            }
        }
        assertThat(decode(picture)).isEqualTo(ADDRESS);

        // as placed on the page: "w 0 0 h x y cm /img Do"
        String content = new String(reader.getPageContent(1), java.nio.charset.StandardCharsets.ISO_8859_1);
        var placed = Pattern.compile("([\\d.]+) 0 0 ([\\d.]+) [\\d.]+ [\\d.]+ cm\\s*/\\w+ Do")
                .matcher(content);
        assertThat(placed.find()).as("the image's place in " + content).isTrue();
        assertThat(Float.parseFloat(placed.group(1))).isGreaterThanOrEqualTo(144);
        assertThat(Float.parseFloat(placed.group(2))).isGreaterThanOrEqualTo(144);
        // at least 300 pixels an inch: whole pixels a module, no viewer's smoothing shows
        assertThat(width / (Float.parseFloat(placed.group(1)) / 72)).isGreaterThanOrEqualTo(300);
    }

    @Test
    void writes_the_samples_for_a_person_to_look_at() throws IOException {
        if (System.getProperty("handout.samples") == null && System.getenv("HANDOUT_SAMPLES") == null) {
            return;
        }
        Path shots = Files.createDirectories(Path.of("/tmp/shots"));
        Files.write(shots.resolve("handout.png"), SurveyHandout.png(threeLanguages()));
        Files.write(shots.resolve("handout.pdf"), SurveyHandout.pdf(threeLanguages()));
        var one = brooklynPark(EnumSet.of(SurveyLanguage.ES), null);
        Files.write(shots.resolve("handout-es.png"), SurveyHandout.png(one));
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                .getText();
    }

    private static long inkIn(BufferedImage image, int x1, int y1, int x2, int y2) {
        long dark = 0;
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                var c = new Color(image.getRGB(x, y));
                if (c.getRed() + c.getGreen() + c.getBlue() < 600) {
                    dark++;
                }
            }
        }
        return dark;
    }

    record Line(String text, float x, float baseline, float width) {}

    /** Records where each line goes, measured in Helvetica as the PDF is. */
    private static final class Recorder implements SurveyHandout.Canvas {

        final List<Line> lines = new ArrayList<>();
        float qrSize;
        private final BaseFont regular;
        private final BaseFont bold;

        Recorder() throws Exception {
            regular = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
            bold = BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.CP1252, BaseFont.NOT_EMBEDDED);
        }

        @Override
        public float width(String text, boolean isBold, float size) {
            return (isBold ? bold : regular).getWidthPoint(text, size);
        }

        @Override
        public void text(String text, float x, float baseline, boolean isBold, float size, Color color) {
            lines.add(new Line(text, x, baseline, width(text, isBold, size)));
        }

        @Override
        public void qr(com.google.zxing.common.BitMatrix modules, float x, float top, float size) {
            qrSize = size;
        }

        @Override
        public void rule(float x1, float x2, float y) {}
    }
}
