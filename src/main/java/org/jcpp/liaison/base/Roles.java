package org.jcpp.liaison.base;

/** Role names for {@code @RolesAllowed} on views and {@code @PreAuthorize} on services. */
public final class Roles {

    /** An account made at a first sign-on, waiting for an admin to give it a role and cities. */
    public static final String PENDING = "PENDING";

    public static final String LIAISON = "LIAISON";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String ADMIN = "ADMIN";

    private Roles() {}
}
