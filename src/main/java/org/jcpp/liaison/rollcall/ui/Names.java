package org.jcpp.liaison.rollcall.ui;

import java.util.Map;
import org.jcpp.liaison.accounts.AccountDirectory;
import org.jcpp.liaison.cities.ReferenceDataService;
import org.jcpp.liaison.cities.ReferenceNames;
import org.jcpp.liaison.training.TrainingTopicService;

/** Names for the ids briefings store: reference lists, users and topic titles, read once when a view opens. */
final class Names {

    final ReferenceNames reference;
    final Map<Long, String> topics;
    private final Map<Long, String> users;

    Names(ReferenceDataService referenceData, AccountDirectory directory, TrainingTopicService topicService) {
        reference = referenceData.referenceNames();
        users = directory.allDisplayNames();
        topics = topicService.titles();
    }

    String user(long id) {
        return users.getOrDefault(id, "#" + id);
    }
}
