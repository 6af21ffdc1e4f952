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
import org.jcpp.liaison.accounts.Role;
import org.jcpp.liaison.base.AbstractEntity;
import org.jcpp.liaison.datapractices.Classified;
import org.jcpp.liaison.datapractices.DataClass;
import org.jspecify.annotations.Nullable;

/** What a group of the organisation's provider gives in the app: a role, and member cities or all of them. */
@Entity
@Table(name = "sign_on_group")
public class SignOnGroup extends AbstractEntity {

    /** The group as the provider's {@code groups} claim names it (Entra ID: the group's object id). */
    @Classified(DataClass.PUBLIC)
    @Column(name = "group_name", nullable = false)
    private String groupName = "";

    @Classified(DataClass.PUBLIC)
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private @Nullable Role role;

    @Classified(DataClass.PUBLIC)
    @Column(name = "all_cities", nullable = false)
    private boolean allCities;

    @Classified(DataClass.PUBLIC)
    @ElementCollection
    @CollectionTable(name = "sign_on_group_city", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "city_id")
    private Set<Long> cityIds = new HashSet<>();

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName.strip();
    }

    public @Nullable Role getRole() {
        return role;
    }

    public void setRole(@Nullable Role role) {
        this.role = role;
    }

    public boolean isAllCities() {
        return allCities;
    }

    public void setAllCities(boolean allCities) {
        this.allCities = allCities;
    }

    public Set<Long> getCityIds() {
        return cityIds;
    }

    public void setCityIds(Set<Long> cityIds) {
        this.cityIds.clear();
        this.cityIds.addAll(cityIds);
    }
}
