package org.jcpp.liaison.surveys;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.jcpp.liaison.base.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A survey's printed handout (PNG or PDF) for the liaisons to give out at events: its public address as a QR code and
 * as text, and the invitation, how to open it, the promise that it is anonymous and its last day in each language it
 * is offered in (English, Spanish, Somali, in that order), in the app's translations. Only a survey of the user's cities
 * ({@link SurveyService#get}). The address is {@code liaison.mail.base-url} + {@code /s/<code>}.
 */
@Service
@PreAuthorize("hasAnyRole('" + Roles.LIAISON + "', '" + Roles.COORDINATOR + "')")
public class SurveyHandouts {

    private final SurveyService surveys;
    private final I18NProvider i18n;
    private final String baseUrl;

    SurveyHandouts(SurveyService surveys, I18NProvider i18n, @Value("${liaison.mail.base-url}") String baseUrl) {
        this.surveys = surveys;
        this.i18n = i18n;
        String url = baseUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        this.baseUrl = url;
    }

    /** The handout as a PNG image (1224 × 1584 pixels: US Letter at 144 pixels an inch). */
    public byte[] png(long surveyId) {
        return SurveyHandout.png(handout(surveys.get(surveyId)));
    }

    /** The handout as a one-page US Letter PDF to print. */
    public byte[] pdf(long surveyId) {
        return SurveyHandout.pdf(handout(surveys.get(surveyId)));
    }

    /** The name to download it as: {@code survey-bpcheck2.pdf} for {@code extension} "pdf". */
    public String fileName(long surveyId, String extension) {
        return "survey-" + surveys.get(surveyId).code() + "." + extension;
    }

    /** The survey's public address, as the handout prints it and its QR code holds it. */
    String address(SurveyDetails survey) {
        return baseUrl + "/s/" + survey.code();
    }

    SurveyHandout.Handout handout(SurveyDetails survey) {
        var blocks = Arrays.stream(SurveyLanguage.values())
                .filter(survey.languages()::contains)
                .map(language -> block(language.locale(), survey.data().closesOn()))
                .toList();
        return new SurveyHandout.Handout(survey.data().title(), address(survey), blocks);
    }

    private SurveyHandout.Block block(Locale locale, @org.jspecify.annotations.Nullable LocalDate closesOn) {
        String days = closesOn == null
                ? i18n.getTranslation("survey.handout.open", locale)
                : i18n.getTranslation(
                        "survey.handout.until",
                        locale,
                        closesOn.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale)));
        return new SurveyHandout.Block(
                i18n.getTranslation("survey.handout.invite", locale),
                i18n.getTranslation("survey.handout.scan", locale),
                i18n.getTranslation("survey.handout.promise", locale),
                days);
    }
}
