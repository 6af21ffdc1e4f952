package org.jcpp.liaison.base.ui;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.i18n.DefaultI18NProviderFactory;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The app's translations (the {@code vaadin-i18n} bundles, as Vaadin's own provider reads them), with each text that
 * takes values parsed once instead of at every use. Vaadin's provider makes a new {@link MessageFormat} per call,
 * and the JDK throws and catches an exception inside that for every {@code choice} ("1 person|2 people"): that was
 * about 24 exceptions a second per active user on the lists, one per grid row (issue 22). A parsed format is kept per
 * text and language and copied for each use ({@code MessageFormat} is not thread-safe; a copy parses nothing).
 */
@Configuration(proxyBeanMethods = false)
class Translations {

    @Bean
    I18NProvider i18nProvider() {
        return new Parsed(DefaultI18NProviderFactory.create(DefaultI18NProviderFactory.DEFAULT_LOCATION_PATTERN));
    }

    /** Vaadin's provider, with parsed formats kept. */
    static final class Parsed implements I18NProvider {

        private final DefaultI18NProvider bundles;
        private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

        Parsed(DefaultI18NProvider bundles) {
            this.bundles = bundles;
        }

        @Override
        public List<Locale> getProvidedLocales() {
            return bundles.getProvidedLocales();
        }

        @Override
        public Map<String, String> getAllTranslations(Locale locale) {
            return bundles.getAllTranslations(locale);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            String text = bundles.getTranslation(key, locale); // as written: no values, nothing parsed
            if (params.length == 0 || text.startsWith("!" + locale.getLanguage() + ": ")) { // none, or missing
                return params.length == 0 ? text : bundles.getTranslation(key, locale, params);
            }
            var parsed = formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                    .computeIfAbsent(text, t -> new MessageFormat(t, locale));
            return ((MessageFormat) parsed.clone()).format(params);
        }
    }
}
