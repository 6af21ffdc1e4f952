package org.jcpp.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.contacts.ContactKind;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedStatus;
import org.jcpp.liaison.contacts.PlaceType;
import org.jcpp.liaison.contacts.ReferralConsent;
import org.jcpp.liaison.referencedata.PartnerKind;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.junit.jupiter.api.Test;

/** Every text the app shows exists in English, in Spanish and in Somali. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|InvalidInputException)\\(\\s*(?:\"[^\"]*\",\\s*)?\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");
    private static final Pattern KEY_PREFIX_IN_CODE =
            Pattern.compile("getTranslation\\(\\s*\"([a-z][a-z0-9.-]*\\.)\"\\s*\\+");

    private final Properties english = load("translations.properties");
    private final Properties spanish = load("translations_es.properties");
    private final Properties somali = load("translations_so.properties");

    @Test
    void english_and_spanish_have_the_same_keys() {
        assertThat(new TreeSet<>(spanish.stringPropertyNames()))
                .as("Spanish keys")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void english_and_somali_have_the_same_keys() {
        assertThat(new TreeSet<>(somali.stringPropertyNames()))
                .as("Somali keys")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void every_interface_language_has_its_translations() {
        for (var locale : org.jcpp.liaison.base.InterfaceLanguages.ALL) {
            String file = locale.getLanguage().equals("en")
                    ? "translations.properties"
                    : "translations_" + locale.getLanguage() + ".properties";
            assertThat(load(file)).as(file).isNotEmpty();
        }
    }

    @Test
    void the_same_placeholders_appear_in_every_language() {
        var placeholder = Pattern.compile("\\{(\\d)");
        for (Properties language : new Properties[] {spanish, somali}) {
            english.forEach((key, value) -> {
                var expected = new TreeSet<String>();
                placeholder.matcher(value.toString()).results().forEach(r -> expected.add(r.group(1)));
                var found = new TreeSet<String>();
                placeholder
                        .matcher(language.getProperty(key.toString(), ""))
                        .results()
                        .forEach(r -> found.add(r.group(1)));
                assertThat(found).as("placeholders of %s", key).isEqualTo(expected);
            });
        }
    }

    @Test
    void no_translation_is_empty() {
        for (Properties language : new Properties[] {english, spanish, somali}) {
            language.forEach((key, value) ->
                    assertThat(value.toString().strip()).as(key.toString()).isNotEmpty());
        }
    }

    @Test
    void apostrophes_survive_in_texts_with_parameters() {
        // Vaadin formats texts that have parameters with MessageFormat, which drops a single ' (write '' instead).
        for (Properties language : new Properties[] {english, spanish, somali}) {
            language.forEach((key, value) -> {
                String text = value.toString();
                if (text.contains("{0")) { // {0}, and {0,number…} or {0,choice…}: a number fits both
                    String formatted = java.text.MessageFormat.format(text, 1, 1, 1);
                    assertThat(formatted.chars().filter(c -> c == '\'').count())
                            .as("apostrophes in %s", key)
                            .isEqualTo(text.replace("''", "'")
                                    .chars()
                                    .filter(c -> c == '\'')
                                    .count());
                }
            });
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var missing = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!english.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_key_built_from_an_enum_exists() {
        var missing = new TreeSet<String>();
        for (Role role : Role.values()) {
            check("role." + role, missing);
        }
        for (PartnerKind kind : PartnerKind.values()) {
            check("partner-kind." + kind, missing);
        }
        for (Class<? extends Enum<?>> type : List.of(
                ContactKind.class, PlaceType.class, NeedCategory.class, NeedStatus.class, ReferralConsent.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                check(type.getSimpleName() + "." + value.name(), missing);
            }
        }
        for (Class<? extends Enum<?>> type : List.of(
                org.jcpp.liaison.training.TopicStatus.class,
                org.jcpp.liaison.training.TrainingAudience.class,
                org.jcpp.liaison.outreach.EventType.class,
                org.jcpp.liaison.outreach.EventStatus.class,
                org.jcpp.liaison.imports.ImportKind.class,
                org.jcpp.liaison.imports.ImportStatus.class,
                org.jcpp.liaison.imports.ImportField.class,
                org.jcpp.liaison.imports.ProblemKind.class,
                org.jcpp.liaison.imports.DayOrder.class,
                org.jcpp.liaison.committees.MeetingStatus.class,
                org.jcpp.liaison.committees.Interpretation.class,
                org.jcpp.liaison.committees.PoliceRank.class,
                org.jcpp.liaison.committees.RecommendationCategory.class,
                org.jcpp.liaison.committees.RecommendationStatus.class,
                org.jcpp.liaison.referencedata.InterpreterUse.class,
                org.jcpp.liaison.referencedata.InterpreterMode.class,
                org.jcpp.liaison.notifications.MailFrequency.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                check(type.getSimpleName() + "." + value.name(), missing);
            }
        }
        for (var status : org.jcpp.liaison.training.TopicStatus.values()) {
            for (var next : status.next()) {
                check("training.move." + next.name(), missing);
            }
        }
        for (String kind : List.of("MONTH", "QUARTER", "YEAR", "CUSTOM")) {
            check("dashboard.kind." + kind, missing);
        }
        for (String mode : List.of("MONTH", "WEEK")) {
            check("calendar.mode." + mode, missing);
        }
        for (var action : org.jcpp.liaison.audit.AuditAction.values()) {
            check("AuditAction." + action.name(), missing);
        }
        for (var type : org.jcpp.liaison.base.RecordType.audited()) {
            check("audit.type." + type.code(), missing);
        }
        for (ContactKind kind : ContactKind.values()) {
            check("activity.contact." + kind, missing);
        }
        for (String event : List.of("CREATED", "STATUS", "OWNER", "DUE", "REFERRAL", "OUTCOME", "INTERPRETER")) {
            check("need.event." + event, missing);
        }
        for (var list : org.jcpp.liaison.notifications.MailList.values()) {
            check("mail.list." + list.code(), missing);
            check("outbox.list." + list.code(), missing);
        }
        for (var kind : org.jcpp.liaison.notifications.NotificationKind.values()) {
            check("notification." + kind.name(), missing);
        }
        for (var item : org.jcpp.liaison.surveys.SurveyItem.values()) {
            check("survey.item." + item.name(), missing);
            check("survey.item.short." + item.name(), missing);
        }
        for (String shown :
                List.of("contacts", "languages", "briefings", "training", "events", "committees", "surveys")) {
            check("public-page.show." + shown, missing);
        }
        for (var scale : org.jcpp.liaison.surveys.SurveyScale.values()) {
            check("survey.scale." + scale.name(), missing);
            for (int point = scale.lowest();
                    scale.numeric()
                            && scale != org.jcpp.liaison.surveys.SurveyScale.ZERO_TO_TEN
                            && point <= scale.highest();
                    point++) {
                check("survey.scale." + scale.name() + "." + point, missing);
            }
        }
        for (var standing : org.jcpp.liaison.surveys.PublicSurvey.Standing.values()) {
            check("survey.standing." + standing.name(), missing);
        }
        for (var language : org.jcpp.liaison.surveys.SurveyLanguage.values()) {
            check("survey.language." + language.tag(), missing);
        }
        for (String refusal : List.of("address", "survey")) {
            check("survey.public.too-many." + refusal, missing);
        }
        for (String status : List.of("pending", "sending", "sent", "failed", "cancelled", "held")) {
            check("outbox.status." + status, missing);
        }
        // a committee's report language (English or Spanish) is named by these; a notice by its language's code
        for (String tag : List.of("en", "es", "oral")) {
            check("person.notice." + tag, missing);
        }
        for (ReferenceKind kind : ReferenceKind.values()) {
            for (String prefix :
                    Set.of("nav.admin.", "reference.add.", "reference.edit-title.", "activity.reference-changed.")) {
                check(prefix + kind, missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void every_key_prefix_the_code_builds_on_is_covered_above() throws IOException {
        var prefixes = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = KEY_PREFIX_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    prefixes.add(matcher.group(1));
                }
            }
        }
        assertThat(prefixes)
                .isSubsetOf(
                        "role.",
                        "partner-kind.",
                        "nav.admin.",
                        "reference.add.",
                        "reference.edit-title.",
                        "activity.reference-changed.",
                        "need.event.",
                        "activity.contact.",
                        "audit.type.",
                        "person.notice.",
                        "training.move.",
                        "calendar.mode.",
                        "dashboard.kind.",
                        "InterpreterUse.",
                        "InterpreterMode.",
                        "mail.list.",
                        "outbox.list.",
                        "notification.",
                        "outbox.status.",
                        "survey.item.",
                        "survey.item.short.",
                        "public-page.show.",
                        "survey.scale.",
                        "survey.standing.",
                        "survey.language.",
                        "survey.public.too-many.");
    }

    private void check(String key, Set<String> missing) {
        if (!english.containsKey(key)) {
            missing.add(key);
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
