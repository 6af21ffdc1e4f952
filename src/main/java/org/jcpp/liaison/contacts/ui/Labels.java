package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.accounts.CurrentUser;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * Names for the ids that contacts and needs store, loaded once when a view opens (the lists are small), so a grid page
 * needs no further queries.
 */
final class Labels {

    final Map<Long, String> cities;
    final Map<Long, String> languages;
    final Map<Long, String> groups;
    final Map<Long, String> topics;
    final Map<Long, String> partners;
    final Map<Long, String> users;
    private final Component view;
    private final ReferenceDataService referenceData;

    Labels(Component view, ReferenceDataService referenceData, AccountDirectory directory) {
        this.view = view;
        this.referenceData = referenceData;
        this.cities = referenceData.names(ReferenceKind.CITY);
        this.languages = org.jcpp.liaison.cities.LanguageNames.inLanguage(
                referenceData.names(ReferenceKind.LANGUAGE), org.jcpp.liaison.base.ui.Formats.locale());
        this.groups = referenceData.names(ReferenceKind.COMMUNITY_GROUP);
        this.topics = referenceData.names(ReferenceKind.TOPIC);
        this.partners = referenceData.names(ReferenceKind.PARTNER);
        this.users = directory.allDisplayNames();
    }

    /**
     * The entries a form offers: the active ones, plus those a stored record already uses (a deactivated entry stays
     * on the records that have it, but is not offered for new ones).
     */
    List<Long> offered(ReferenceKind kind, Collection<Long> stored) {
        var ids = new java.util.LinkedHashSet<Long>();
        referenceData.active(kind).forEach(ref -> ids.add(ref.id()));
        ids.addAll(stored);
        return List.copyOf(ids);
    }

    /** The cities the signed-in user works in, by name (for filters: deactivated cities too). */
    Map<Long, String> scopeCities(CurrentUser currentUser) {
        return scopeCities(currentUser, cities.keySet());
    }

    /** The active cities the signed-in user works in, by name (for logging new records). */
    Map<Long, String> activeScopeCities(CurrentUser currentUser) {
        return scopeCities(currentUser, offered(ReferenceKind.CITY, List.of()));
    }

    private Map<Long, String> scopeCities(CurrentUser currentUser, Collection<Long> candidates) {
        var scope = currentUser.scope();
        var inScope = new java.util.LinkedHashMap<Long, String>();
        cities.forEach((id, name) -> {
            if (candidates.contains(id) && scope.allows(id)) {
                inScope.put(id, name);
            }
        });
        return inScope;
    }

    static String names(Map<Long, String> names, @Nullable Collection<Long> ids) {
        return Formats.names(names, ids);
    }

    static String names(Map<Long, String> names, Long[] ids) {
        return names(names, Stream.of(ids).toList());
    }

    String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }

    String city(long id) {
        return cities.getOrDefault(id, "#" + id);
    }

    String dateTime(LocalDateTime when) {
        return Formats.dateTime(when);
    }

    String date(@Nullable LocalDate date) {
        return Formats.date(date);
    }

    /**
     * A stored text as the user reads it: the markers stored in place of removed texts are kept in the program's
     * default language (English, compared exactly by the retention job) and shown in the user's language.
     */
    static String shown(String stored) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui == null) {
            return stored;
        }
        if (org.jcpp.liaison.contacts.ContactRetention.ERASED.equals(stored)) {
            return ui.getTranslation("contacts.text.erased");
        }
        if (org.jcpp.liaison.contacts.ContactRetention.REMOVED.equals(stored)) {
            return ui.getTranslation("contacts.text.removed");
        }
        return stored;
    }

    String enumLabel(Enum<?> value) {
        return Formats.enumLabel(view, value);
    }
}
