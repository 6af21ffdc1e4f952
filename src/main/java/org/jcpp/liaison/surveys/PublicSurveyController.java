package org.jcpp.liaison.surveys;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.base.web.PlainPages;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public page of a survey ({@code /s/<code>}): no sign-in, no script, no cookie; one page in the chosen language
 * with a switch to the others the survey is offered in, light enough for a cheap phone on a slow network. Answers go
 * through the throttle (per address and per survey, in memory), a honeypot field (filled: thanked, nothing stored), the
 * survey's days (closed: a clear page) and the answer rules (a value off the scale, a text too long or about someone's
 * status: marked at its question, what was typed kept). Nothing that identifies the device is stored with an answer.
 */
@RestController
class PublicSurveyController {

    static final String PATH = "/s/";
    /** The field a person never sees (hidden off-screen, skipped by the keyboard); a form robot fills it. */
    static final String HONEYPOT = "website";

    private final PublicSurveys surveys;
    private final AnswerThrottle throttle;
    private final I18NProvider i18n;

    PublicSurveyController(PublicSurveys surveys, AnswerThrottle throttle, I18NProvider i18n) {
        this.surveys = surveys;
        this.throttle = throttle;
        this.i18n = i18n;
    }

    @GetMapping(value = PATH + "{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(
            @PathVariable String code,
            @RequestParam(name = "lang", defaultValue = "") String lang,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String accept) {
        var survey = surveys.find(code);
        if (survey.isEmpty()) {
            return notFound(SurveyLanguage.ofTag(lang).orElse(fromHeader(accept, List.of(SurveyLanguage.values()))));
        }
        SurveyLanguage language = language(survey.get(), lang, accept);
        if (survey.get().standing() != PublicSurvey.Standing.OPEN) {
            return notTaking(survey.get(), language);
        }
        return page(HttpStatus.OK, survey.get(), language, Map.of(), Map.of());
    }

    @GetMapping(value = PATH + "{code}/thanks", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> thanks(
            @PathVariable String code,
            @RequestParam(name = "lang", defaultValue = "") String lang,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String accept) {
        var survey = surveys.find(code);
        if (survey.isEmpty()) {
            return notFound(SurveyLanguage.ofTag(lang).orElse(SurveyLanguage.EN));
        }
        SurveyLanguage language = language(survey.get(), lang, accept);
        return message(HttpStatus.OK, language, survey.get().title(), t(language, "survey.public.thanks"));
    }

    /** Any other address under /s/: the same not-found page (never the staff's sign-in, never a session). */
    @GetMapping(value = PATH + "**", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> elsewhere(@RequestHeader(name = "Accept-Language", defaultValue = "en") String accept) {
        return notFound(fromHeader(accept, List.of(SurveyLanguage.values())));
    }

    @PostMapping(value = PATH + "{code}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> answer(
            @PathVariable String code,
            @RequestHeader(name = "Accept-Language", defaultValue = "en") String accept,
            HttpServletRequest request) {
        // the page's form only: any other body (a multipart upload) is refused before it is read at all
        String type = request.getContentType();
        if (type == null || !MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type))) {
            SurveyLanguage asked = fromHeader(accept, List.of(SurveyLanguage.values()));
            return message(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    asked,
                    t(asked, "survey.public.not-found.title"),
                    t(asked, "survey.public.not-a-form"));
        }
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        request.getParameterMap().forEach((name, values) -> form.put(name, List.of(values)));
        String lang = first(form, "lang");
        SurveyLanguage asked = SurveyLanguage.ofTag(lang).orElse(fromHeader(accept, List.of(SurveyLanguage.values())));
        // every post counts against its address, whatever it holds
        if (!throttle.takeAddress(request.getRemoteAddr())) {
            return tooMany(asked, "survey.public.too-many.address");
        }
        var found = surveys.find(code);
        if (found.isEmpty()) {
            return notFound(asked);
        }
        PublicSurvey survey = found.get();
        SurveyLanguage language = language(survey, lang, accept);
        if (!first(form, HONEYPOT).isEmpty()) {
            // a robot: thanked as a person would be, and nothing is kept
            return thanksAt(survey, language);
        }
        if (survey.standing() != PublicSurvey.Standing.OPEN) {
            return notTaking(survey, language);
        }
        Map<String, String> typed = new java.util.HashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith("q") && !values.isEmpty()) {
                typed.put(name, values.getFirst());
            }
        });
        var given = surveys.read(survey, typed);
        if (!given.valid()) {
            return page(HttpStatus.UNPROCESSABLE_CONTENT, survey, language, typed, given.problems());
        }
        // the survey's cap counts answers kept: robots and refused tries do not use it up
        if (!throttle.takeSurvey(survey.id())) {
            return tooMany(language, "survey.public.too-many.survey");
        }
        surveys.store(survey, language, given);
        return thanksAt(survey, language);
    }

    private ResponseEntity<String> tooMany(SurveyLanguage language, String key) {
        var html = head(language, t(language, "survey.public.too-many.title"));
        html.append("<main><h1>")
                .append(esc(t(language, "survey.public.too-many.title")))
                .append("</h1><p>")
                .append(esc(t(language, key)))
                .append("</p></main></body></html>");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .header("Retry-After", "600")
                .body(html.toString());
    }

    private static ResponseEntity<String> thanksAt(PublicSurvey survey, SurveyLanguage language) {
        // after a post, a redirect: a reload of the thank-you page does not send the answer again
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .header("Location", PATH + survey.code() + "/thanks?lang=" + language.tag())
                .header("Cache-Control", "no-store")
                .build();
    }

    private ResponseEntity<String> notTaking(PublicSurvey survey, SurveyLanguage language) {
        boolean later = survey.standing() == PublicSurvey.Standing.NOT_YET_OPEN;
        return message(
                later ? HttpStatus.OK : HttpStatus.GONE,
                language,
                survey.title(),
                t(language, later ? "survey.public.not-yet" : "survey.public.closed"));
    }

    private ResponseEntity<String> notFound(SurveyLanguage language) {
        return message(
                HttpStatus.NOT_FOUND,
                language,
                t(language, "survey.public.not-found.title"),
                t(language, "survey.public.not-found"));
    }

    private ResponseEntity<String> message(HttpStatus status, SurveyLanguage language, String title, String text) {
        var html = head(language, title);
        html.append("<main><h1>")
                .append(esc(title))
                .append("</h1><p>")
                .append(esc(text))
                .append("</p></main></body></html>");
        return respond(status, html);
    }

    private ResponseEntity<String> page(
            HttpStatus status,
            PublicSurvey survey,
            SurveyLanguage language,
            Map<String, String> typed,
            Map<String, String> problems) {
        var html = head(language, survey.title());
        html.append("<main><h1>").append(esc(survey.title())).append("</h1>");
        switcher(html, survey, language);
        html.append("<p>").append(esc(t(language, "survey.public.intro"))).append("</p>");
        if (problems.containsKey("")) {
            html.append("<p class=\"error\" role=\"alert\">")
                    .append(esc(t(language, problems.get(""))))
                    .append("</p>");
        } else if (!problems.isEmpty()) {
            html.append("<p class=\"error\" role=\"alert\">")
                    .append(esc(t(language, "survey.public.see-marked")))
                    .append("</p>");
        }
        html.append("<form method=\"post\" action=\"")
                .append(esc(PATH + survey.code()))
                .append("\" accept-charset=\"utf-8\"><input type=\"hidden\" name=\"lang\" value=\"")
                .append(language.tag())
                .append("\">");
        int number = 1;
        for (var question : survey.questions()) {
            question(
                    html,
                    question,
                    number++,
                    language,
                    typed.getOrDefault(question.ref().field(), ""),
                    problems);
        }
        html.append("<div class=\"hp\" aria-hidden=\"true\"><label>")
                .append(esc(t(language, "survey.public.leave-empty")))
                .append(" <input name=\"")
                .append(HONEYPOT)
                .append("\" tabindex=\"-1\" autocomplete=\"off\"></label></div>")
                .append("<button type=\"submit\">")
                .append(esc(t(language, "survey.public.send")))
                .append("</button></form><p class=\"small\">")
                .append(esc(t(language, "survey.public.kept")))
                .append("</p></main></body></html>");
        return respond(status, html);
    }

    private void question(
            StringBuilder html,
            PublicSurvey.Question question,
            int number,
            SurveyLanguage language,
            String typed,
            Map<String, String> problems) {
        var ref = question.ref();
        String field = ref.field();
        String words = ref.item() == null
                ? question.ownText(language)
                : t(language, "survey.item." + ref.item().name());
        @Nullable String problem = problems.get(field);
        String errorId = field + "-error";
        if (ref.scale().numeric()) {
            String endsId = field + "-ends";
            boolean ends = ref.scale() == SurveyScale.ZERO_TO_TEN;
            String described = ((ends ? endsId : "") + (problem == null ? "" : " " + errorId)).strip();
            html.append("<fieldset")
                    .append(described.isEmpty() ? "" : " aria-describedby=\"" + described + "\"")
                    .append(problem == null ? "" : " class=\"invalid\"")
                    .append("><legend>")
                    .append(number)
                    .append(". ")
                    .append(esc(words))
                    .append("</legend>");
            error(html, problem, errorId, language);
            if (ends) {
                // what the ends of the scale mean, before its points
                html.append("<p class=\"small\" id=\"")
                        .append(endsId)
                        .append("\">")
                        .append(esc(t(language, "survey.scale.ZERO_TO_TEN.ends")))
                        .append("</p>");
            }
            html.append("<div class=\"scale scale-")
                    .append(ref.scale().highest() - ref.scale().lowest() + 1);
            html.append("\">");
            for (int value = ref.scale().lowest(); value <= ref.scale().highest(); value++) {
                String id = field + "-" + value;
                html.append("<label for=\"")
                        .append(id)
                        .append("\"><input type=\"radio\" id=\"")
                        .append(id)
                        .append("\" name=\"")
                        .append(field)
                        .append("\" value=\"")
                        .append(value)
                        .append('"')
                        .append(typed.equals(String.valueOf(value)) ? " checked" : "")
                        .append("><span>")
                        .append(esc(pointLabel(ref.scale(), value, language)))
                        .append("</span></label>");
            }
            html.append("</div></fieldset>");
        } else {
            html.append("<div class=\"text")
                    .append(problem == null ? "" : " invalid")
                    .append("\"><label for=\"");
            html.append(field)
                    .append("\">")
                    .append(number)
                    .append(". ")
                    .append(esc(words))
                    .append("</label>");
            error(html, problem, errorId, language);
            html.append("<textarea id=\"")
                    .append(field)
                    .append("\" name=\"")
                    .append(field)
                    .append("\" rows=\"3\" maxlength=\"")
                    .append(SurveyLimits.TEXT_ANSWER_MAX)
                    .append('"')
                    .append(problem == null ? "" : " aria-invalid=\"true\" aria-describedby=\"" + errorId + "\"")
                    .append('>')
                    .append(esc(typed))
                    .append("</textarea></div>");
        }
    }

    private void error(StringBuilder html, @Nullable String problem, String id, SurveyLanguage language) {
        if (problem != null) {
            html.append("<p class=\"error\" id=\"")
                    .append(id)
                    .append("\">")
                    .append(esc(t(language, problem)))
                    .append("</p>");
        }
    }

    private String pointLabel(SurveyScale scale, int value, SurveyLanguage language) {
        return scale == SurveyScale.ZERO_TO_TEN
                ? String.valueOf(value)
                : t(language, "survey.scale." + scale.name() + "." + value);
    }

    private void switcher(StringBuilder html, PublicSurvey survey, SurveyLanguage current) {
        PlainPages.languageSwitch(
                html,
                t(current, "survey.public.languages"),
                current.tag(),
                survey.languages().stream()
                        .map(language -> new PlainPages.Language(
                                language.tag(),
                                t(language, "survey.public.language-name"),
                                PATH + survey.code() + "?lang=" + language.tag()))
                        .toList());
    }

    private StringBuilder head(SurveyLanguage language, String title) {
        return PlainPages.head(language.tag(), title, STYLE, false);
    }

    /** Small, readable on a narrow screen, large touch targets; no web fonts, no script, no images. */
    private static final String STYLE = "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1a1a1a}"
            + "main{max-width:40rem;margin:0 auto;padding:1rem}h1{font-size:1.4rem}"
            + "nav ul{list-style:none;padding:0;display:flex;gap:1rem;flex-wrap:wrap}"
            + "nav a,nav span{display:inline-block;padding:.5rem 0}nav span{font-weight:bold}"
            + "fieldset{border:1px solid #bbb;border-radius:6px;margin:0 0 1rem;padding:.5rem .75rem}"
            + "legend{font-weight:bold;padding:0 .25rem}.scale{display:flex;flex-wrap:wrap;gap:.25rem}"
            + ".scale label{display:flex;align-items:center;gap:.35rem;min-height:44px;padding:0 .5rem;"
            + "border:1px solid #ccc;border-radius:6px}.scale-5{flex-direction:column}"
            + ".scale-11 label{min-width:2.75rem;justify-content:center}"
            + "input[type=radio]{width:1.25rem;height:1.25rem;margin:0}"
            + ".text label{display:block;font-weight:bold}textarea{width:100%;box-sizing:border-box;font:inherit}"
            + ".error{color:#b00020;font-weight:bold}.invalid,.invalid textarea{border:2px solid #b00020}"
            + "button{font:inherit;font-size:1.1rem;padding:.75rem 1.5rem;border:0;border-radius:6px;"
            + "background:#1a56a8;color:#fff;min-height:44px}.small{font-size:.9rem;color:#444}"
            + ".hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}";

    private static ResponseEntity<String> respond(HttpStatus status, StringBuilder html) {
        return PlainPages.respond(status, html, "no-store");
    }

    /** The language asked for if the survey offers it, else the browser's best among those offered. */
    private static SurveyLanguage language(PublicSurvey survey, String asked, String accept) {
        return SurveyLanguage.ofTag(asked)
                .filter(survey.languages()::contains)
                .orElseGet(() -> fromHeader(accept, List.copyOf(survey.languages())));
    }

    private static SurveyLanguage fromHeader(String accept, List<SurveyLanguage> offered) {
        return SurveyLanguage.ofTag(PlainPages.bestOf(
                        accept, offered.stream().map(SurveyLanguage::tag).toList()))
                .orElse(offered.getFirst());
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        var value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    private String t(SurveyLanguage language, String key, Object... params) {
        return i18n.getTranslation(key, language.locale(), params);
    }

    private static String esc(String text) {
        return PlainPages.esc(text);
    }
}
