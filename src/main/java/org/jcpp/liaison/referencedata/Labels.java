package org.jcpp.liaison.referencedata;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.jcpp.liaison.base.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * Names for the ids records store — member cities, departments and shifts, languages (in the user's language),
 * community groups, topics, partners and users — read once when a view opens (the lists are small), so a grid page
 * needs no further queries. Every module's views use this one helper; inactive entries are included, so stored
 * records keep their names.
 */
public final class Labels {

    /** Cities, police departments and shifts. */
    public final ReferenceNames reference;

    public final Map<Long, String> cities;
    public final Map<Long, String> languages;
    /** Each language's ISO 639-3 code by id (an entry added before codes has none). */
    public final Map<Long, String> languageCodes;

    public final Map<Long, String> groups;
    public final Map<Long, String> topics;
    public final Map<Long, String> partners;
    private final Map<Long, String> users;
    private final ReferenceDataService referenceData;

    /** The names now, with the users' display names by id (the accounts module's {@code allDisplayNames()}). */
    public Labels(ReferenceDataService referenceData, Map<Long, String> users) {
        this.referenceData = referenceData;
        this.reference = referenceData.referenceNames();
        this.cities = referenceData.names(ReferenceKind.CITY);
        this.languages = referenceData.languageNames(Formats.locale());
        var codes = new java.util.HashMap<Long, String>();
        referenceData.languages().stream().filter(l -> l.code() != null).forEach(l -> codes.put(l.id(), l.code()));
        this.languageCodes = java.util.Collections.unmodifiableMap(codes);
        this.groups = referenceData.names(ReferenceKind.COMMUNITY_GROUP);
        this.topics = referenceData.names(ReferenceKind.TOPIC);
        this.partners = referenceData.names(ReferenceKind.PARTNER);
        this.users = users;
    }

    /** A language's name by its ISO 639-3 code, in the user's language (also one the list does not have). */
    public String languageOfCode(String code) {
        return referenceData.languageName(code, Formats.locale());
    }

    public String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }

    public String city(long id) {
        return cities.getOrDefault(id, "#" + id);
    }

    /**
     * The entries a form offers: the active ones, plus those a stored record already uses (a deactivated entry stays
     * on the records that have it, but is not offered for new ones).
     */
    public List<Long> offered(ReferenceKind kind, Collection<Long> stored) {
        var ids = new LinkedHashSet<Long>();
        referenceData.active(kind).forEach(ref -> ids.add(ref.id()));
        ids.addAll(stored);
        return List.copyOf(ids);
    }

    /** The cities the user works in ({@code allowed}), by name: for filters, deactivated cities too. */
    public Map<Long, String> scopeCities(LongPredicate allowed) {
        return inScope(allowed, cities.keySet());
    }

    /** The active cities the user works in ({@code allowed}), by name: for logging new records. */
    public Map<Long, String> activeScopeCities(LongPredicate allowed) {
        return inScope(allowed, offered(ReferenceKind.CITY, List.of()));
    }

    private Map<Long, String> inScope(LongPredicate allowed, Collection<Long> candidates) {
        var inScope = new LinkedHashMap<Long, String>();
        cities.forEach((id, name) -> {
            if (candidates.contains(id) && allowed.test(id)) {
                inScope.put(id, name);
            }
        });
        return inScope;
    }

    /** The names of the ids, by name order, joined for a grid cell ("Hmong, Somali"). */
    public static String names(Map<Long, String> names, @Nullable Collection<Long> ids) {
        return Formats.names(names, ids);
    }

    /** As {@link #names(Map, Collection)}, for ids read into an array (a list row). */
    public static String names(Map<Long, String> names, Long[] ids) {
        return Formats.names(names, List.of(ids));
    }
}
