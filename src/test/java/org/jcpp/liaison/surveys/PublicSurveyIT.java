package org.jcpp.liaison.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jcpp.liaison.IntegrationTest;
import org.jcpp.liaison.SignedIn;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The public page of a survey over real HTTP, as a resident's phone and a form robot reach it: no sign-in, no cookie,
 * the answer stored with its survey, language and day only, and each bad request refused.
 */
@IntegrationTest
class PublicSurveyIT {

    @Autowired
    SurveyService surveys;

    @Autowired
    ReferenceDataService referenceData;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private SignedIn signedIn;
    private SurveyDetails survey;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(userDetails);
        long park = signedIn.idOf(referenceData, ReferenceKind.CITY, "Brooklyn Park");
        survey = signedIn.as(
                "demo-liaison",
                () -> surveys.create(new SurveyData(
                        park,
                        "Brooklyn Park pulse " + UUID.randomUUID().toString().substring(0, 6),
                        null,
                        null,
                        LocalDate.now().minusDays(1),
                        null,
                        Set.of(SurveyLanguage.EN, SurveyLanguage.ES, SurveyLanguage.SO),
                        List.of(SurveyItem.FEEL_SAFE, SurveyItem.TREATED_WITH_RESPECT),
                        List.of(new OwnQuestion(
                                SurveyScale.TEXT,
                                "What should the police do more of?",
                                "¿Qué debería hacer más la policía?",
                                "Maxay tahay inay booliisku sii badiyaan?")))));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Accept-Language", acceptLanguage)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String code, Map<String, String> form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/s/" + code)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Map<String, String> answers(String... fieldsAndValues) {
        var form = new LinkedHashMap<String, String>();
        form.put("lang", "es");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return form;
    }

    private String field(int position) {
        return survey.questions().get(position).field();
    }

    private long stored() {
        return jdbc.queryForObject("SELECT count(*) FROM survey_answer WHERE survey_id = ?", Long.class, survey.id());
    }

    @Test
    void a_resident_answers_in_spanish_without_a_sign_in_or_a_cookie_and_only_survey_language_and_day_are_kept()
            throws Exception {
        var page = get("/s/" + survey.code(), "es-MX,es;q=0.9");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"es\"")
                .contains("¿Qué tan seguro/a se siente en su vecindario?")
                .contains("Muy de acuerdo")
                .contains("¿Qué debería hacer más la policía?")
                .contains("href=\"/s/" + survey.code() + "?lang=so\"");
        assertThat(page.headers().allValues("Set-Cookie"))
                .as("no cookie is made")
                .isEmpty();

        var sent = post(survey.code(), answers(field(0), "8", field(1), "4", field(2), "Más patrullas a pie"));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).contains("/s/" + survey.code() + "/thanks?lang=es");
        assertThat(sent.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get("/s/" + survey.code() + "/thanks?lang=es", "en").body())
                .contains("Gracias. Recibimos sus respuestas.");

        assertThat(stored()).isEqualTo(1);
        // the answer's row holds nothing but these: no address, cookie, device or time of day
        assertThat(jdbc.queryForList(
                        "SELECT column_name FROM information_schema.columns WHERE table_name = 'survey_answer'"
                                + " ORDER BY column_name",
                        String.class))
                .containsExactly("answered_on", "id", "language", "survey_id");
        assertThat(jdbc.queryForMap("SELECT language, answered_on FROM survey_answer WHERE survey_id = ?", survey.id()))
                .containsEntry("language", "es")
                .containsEntry("answered_on", java.sql.Date.valueOf(LocalDate.now()));
        assertThat(jdbc.queryForList(
                        "SELECT coalesce(v.value::text, v.text) FROM survey_answer_value v"
                                + " JOIN survey_answer a ON a.id = v.answer_id WHERE a.survey_id = ?"
                                + " ORDER BY v.question_id",
                        String.class,
                        survey.id()))
                .containsExactly("8", "4", "Más patrullas a pie");
    }

    @Test
    void a_value_off_the_scale_or_status_wording_is_marked_at_its_question_with_what_was_typed_kept() throws Exception {
        var refused = post(survey.code(), answers(field(0), "11", field(2), "Tengo miedo de la migra"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Elija una de las respuestas que se muestran.")
                .contains("no escriba nada sobre el estatus migratorio")
                .contains("Tengo miedo de la migra</textarea>");
        assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
        var empty = post(survey.code(), answers());
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Conteste al menos una pregunta antes de enviar.");
        // a soft hyphen or a line break typed by a phone does not get a word past the check, nor count twice
        var hidden = post(survey.code(), answers(field(2), "Mi vecino es indo\u00ADcumentado"));
        assertThat(hidden.statusCode()).isEqualTo(422);
        var nul = post(survey.code(), answers(field(2), "a\u0000b"));
        assertThat(nul.statusCode())
                .as("a NUL typed in is taken out, not an error")
                .isEqualTo(303);
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT v.text FROM survey_answer_value v JOIN survey_answer a ON a.id = v.answer_id"
                                + " WHERE a.survey_id = ?",
                        String.class,
                        survey.id()))
                .isEqualTo("ab");
    }

    @Test
    void a_robot_filling_the_hidden_field_is_thanked_and_nothing_is_kept() throws Exception {
        var robot =
                post(survey.code(), answers(field(0), "9", PublicSurveyController.HONEYPOT, "https://spam.example"));
        assertThat(robot.statusCode()).isEqualTo(303);
        assertThat(stored()).isZero();
    }

    @Test
    void a_survey_closed_by_hand_or_unknown_refuses_with_a_clear_page() throws Exception {
        signedIn.as("demo-liaison", () -> surveys.close(survey.id(), survey.version()));
        var closed = post(survey.code(), answers(field(0), "5"));
        assertThat(closed.statusCode()).isEqualTo(410);
        assertThat(closed.body()).contains("Esta encuesta está cerrada");
        assertThat(get("/s/" + survey.code(), "so").body()).contains("Sahankan waa xiran yahay");
        assertThat(stored()).isZero();

        assertThat(closed.headers().allValues("Set-Cookie")).isEmpty();
        var unknown = get("/s/zzzzzzzz", "en");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(get("/s/not-a-code!", "en").statusCode()).isEqualTo(404);
        assertThat(post("zzzzzzzz", answers(field(0), "5")).statusCode()).isEqualTo(404);
        // any other address under /s/ is the same page: never the staff's sign-in, never a session
        var elsewhere = get("/s/" + survey.code() + "/x/y", "es");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.body()).contains("No hay ninguna encuesta en esta dirección");
        assertThat(elsewhere.headers().allValues("Set-Cookie")).isEmpty();
        // a code read off a handout in capitals finds its survey
        assertThat(get("/s/" + survey.code().toUpperCase(java.util.Locale.ROOT), "en")
                        .statusCode())
                .isEqualTo(410);
    }

    @Test
    void a_form_posted_from_another_site_or_as_a_multipart_upload_is_refused() throws Exception {
        var crossSite = http.send(
                HttpRequest.newBuilder(URI.create(url("/s/" + survey.code())))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(answers(field(0), "9"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        var multipart = http.send(
                HttpRequest.newBuilder(URI.create(url("/s/" + survey.code())))
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\""
                                + field(0) + "\"\r\n\r\n9\r\n--x--\r\n"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(multipart.statusCode()).isEqualTo(415);
        assertThat(stored()).isZero();
        // the page's own form, sent from the page (same origin), is taken
        var sameOrigin = http.send(
                HttpRequest.newBuilder(URI.create(url("/s/" + survey.code())))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString(encode(answers(field(0), "9"))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sameOrigin.statusCode()).isEqualTo(303);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void one_address_sending_too_many_answers_is_refused_in_memory_and_others_still_answer() throws Exception {
        // from an address of its own on the loopback network, so that no other test's answers count against it
        String from = "127.0.0." + (10 + new java.util.Random().nextInt(200));
        int allowed = 60; // liaison.surveys.answers-per-address, the default
        int refusedAt = -1;
        for (int i = 1; i <= allowed + 1 && refusedAt < 0; i++) {
            if (rawPost(from, survey.code(), encode(answers(PublicSurveyController.HONEYPOT, "x"))) == 429) {
                refusedAt = i;
            }
        }
        assertThat(refusedAt).isEqualTo(allowed + 1);
        assertThat(rawPost(from, survey.code(), encode(answers(field(0), "7")))).isEqualTo(429);
        assertThat(stored()).isZero();
        assertThat(post(survey.code(), answers(field(0), "7")).statusCode()).isEqualTo(303);
        assertThat(stored()).isEqualTo(1);
    }

    /** A POST from a given loopback address (a socket bound to it), returning the status code. */
    private int rawPost(String fromAddress, String code, String body) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(10_000);
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            String request = "POST /s/" + code + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length + "\r\n\r\n";
            var out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            String statusLine = new java.io.BufferedReader(
                            new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
