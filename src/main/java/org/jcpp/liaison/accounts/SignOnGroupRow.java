package org.jcpp.liaison.accounts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One group mapping as the admin's list shows it. */
public record SignOnGroupRow(
        long id, long version, String groupName, @Nullable Role role, boolean allCities, Set<Long> cityIds) {

    /** The mapping as its form edits it. */
    public SignOnGroupData data() {
        return new SignOnGroupData(id, version, groupName, role, allCities, cityIds);
    }
}
