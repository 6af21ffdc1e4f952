package org.jcpp.liaison;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs a piece of a test as another user, signed in the way the app signs them in. */
public class SignedIn {

    private final UserDetailsService users;

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        var user = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    /** The id of an active reference entry (a member city, a language …) by its name, read as the demo admin. */
    public long idOf(
            org.jcpp.liaison.referencedata.ReferenceDataService referenceData,
            org.jcpp.liaison.referencedata.ReferenceKind kind,
            String name) {
        return as("demo-admin", () -> referenceData.active(kind).stream()
                .filter(ref -> ref.name().equals(name))
                .map(org.jcpp.liaison.referencedata.NamedRef::id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + kind + " named " + name)));
    }

    public void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
