package org.jcpp.liaison.accounts;

/**
 * The signed-in user's city scope as a JPQL condition, so a list query applies it in the same statement (no extra
 * query per page). Only the accounts module knows how accounts and their cities are stored; callers bind
 * {@link #PARAMETER} to {@link #accountId()}.
 */
public record ScopeClause(long accountId) {

    public static final String PARAMETER = "scopeAccountId";

    /** A condition that holds when the city in {@code cityIdPath} (e.g. {@code "c.cityId"}) is in scope. */
    public String on(String cityIdPath) {
        // the all-cities test first: evaluated once per statement, it spares the per-row city lookup
        return "(exists (select 1 from UserAccount scopeB where scopeB.id = :" + PARAMETER
                + " and scopeB.enabled = true and scopeB.role = org.jcpp.liaison.accounts.Role.COORDINATOR"
                + " and scopeB.allCities = true)"
                + " or " + cityIdPath + " in (select scopeCity from UserAccount scopeA join scopeA.cityIds scopeCity"
                + " where scopeA.id = :" + PARAMETER + " and scopeA.enabled = true"
                + " and scopeA.role <> org.jcpp.liaison.accounts.Role.ADMIN))";
    }
}
