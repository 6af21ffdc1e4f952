package org.jcpp.liaison.committees;

/** A committee as its page shows it, with its version and whether the signed-in user may change it. */
public record CommitteeDetails(
        long id, long version, long cityId, String name, String reportLanguage, boolean active, boolean canEdit) {

    public CommitteeData data() {
        return new CommitteeData(cityId, name, reportLanguage, active);
    }
}
