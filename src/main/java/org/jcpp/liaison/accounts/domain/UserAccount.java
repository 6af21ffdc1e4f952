package org.jcpp.liaison.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.base.Verbatim;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false)
    private String username = "";

    @Classified(DataClass.PRIVATE)
    @Column(name = "display_name", nullable = false)
    private String displayName = "";

    @Classified(DataClass.CONFIDENTIAL)
    @Column(name = "password_hash", nullable = false)
    @Verbatim
    private String passwordHash = "";

    @Classified(DataClass.PRIVATE)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role = Role.LIAISON;

    @Classified(DataClass.PRIVATE)
    @Column(name = "all_cities", nullable = false)
    private boolean allCities;

    @Classified(DataClass.PRIVATE)
    @Column(nullable = false)
    private boolean enabled = true;

    @Classified(DataClass.PRIVATE)
    @Column(name = "preferred_locale")
    private @Nullable String preferredLocale;

    /** Set when an admin chose the password: its owner chooses their own at first sign-in, before anything else. */
    @Classified(DataClass.PRIVATE)
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * Moves (in the database, by a trigger) whenever enabled, role, all cities or the password change; a session that
     * signed in with another stamp is ended at its next request, on any app node.
     */
    @Classified(DataClass.PRIVATE)
    @Column(name = "security_stamp", nullable = false, insertable = false, updatable = false)
    private long securityStamp;

    /** Its role and cities come from its groups at the organisation's provider, re-applied at each sign-on. */
    @Classified(DataClass.PRIVATE)
    @Column(name = "from_groups", nullable = false)
    private boolean fromGroups;

    /** Member cities this account works in, by id (the cities module owns them). */
    @Classified(DataClass.PRIVATE)
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "user_account_city", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "city_id")
    private Set<Long> cityIds = new HashSet<>();

    public boolean isFromGroups() {
        return fromGroups;
    }

    public void setFromGroups(boolean fromGroups) {
        this.fromGroups = fromGroups;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName.strip();
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isAllCities() {
        return allCities;
    }

    public void setAllCities(boolean allCities) {
        this.allCities = allCities;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public @Nullable String getPreferredLocale() {
        return preferredLocale;
    }

    public void setPreferredLocale(@Nullable String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public long getSecurityStamp() {
        return securityStamp;
    }

    public Set<Long> getCityIds() {
        return cityIds;
    }

    public void setCityIds(Set<Long> cityIds) {
        if (this.cityIds.equals(new java.util.HashSet<>(cityIds))) {
            return; // the same: an untouched collection neither raises the version nor rewrites its rows
        }
        this.cityIds.clear();
        this.cityIds.addAll(cityIds);
    }
}
