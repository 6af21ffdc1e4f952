package org.jcpp.liaison.outreach.ui;

import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceKind;
import org.jcpp.liaison.cities.ReferenceNames;

/** Names for the ids events store: reference lists and users, read once when a view opens (the lists are small). */
final class Names {

    final ReferenceNames reference;
    final Map<Long, String> partners;
    final Map<Long, String> languages;
    final Map<Long, String> groups;
    private final Map<Long, String> users;

    Names(ReferenceDataService referenceData, AccountDirectory directory) {
        reference = referenceData.referenceNames();
        partners = referenceData.names(ReferenceKind.PARTNER);
        languages = org.jcpp.liaison.cities.LanguageNames.inLanguage(
                referenceData.names(ReferenceKind.LANGUAGE), org.jcpp.liaison.base.ui.Formats.locale());
        groups = referenceData.names(ReferenceKind.COMMUNITY_GROUP);
        users = directory.allDisplayNames();
    }

    String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }
}
