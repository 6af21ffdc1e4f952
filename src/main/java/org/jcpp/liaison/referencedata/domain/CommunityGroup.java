package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "community_group")
public class CommunityGroup extends NamedItem {}
