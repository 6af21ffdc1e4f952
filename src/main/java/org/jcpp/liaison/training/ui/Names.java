package org.jcpp.liaison.training.ui;

import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceNames;

/** Names for the ids training records store: reference lists and users, read once when a view opens. */
final class Names {

    final ReferenceNames reference;
    private final Map<Long, String> users;

    Names(ReferenceDataService referenceData, AccountDirectory directory) {
        reference = referenceData.referenceNames();
        users = directory.allDisplayNames();
    }

    String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }
}
