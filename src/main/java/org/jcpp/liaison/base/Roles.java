package org.jcpp.liaison.base;

/** Role names for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. */
public final class Roles {

    public static final String LIAISON = "LIAISON";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
