package org.jcpp.liaison.cities.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "community_group")
public class CommunityGroup extends NamedItem {}
