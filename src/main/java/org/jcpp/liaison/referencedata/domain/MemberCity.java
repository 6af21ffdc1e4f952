package org.jcpp.liaison.referencedata.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "member_city")
public class MemberCity extends NamedItem {}
