package org.jcpp.liaison.base;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Startup and scheduled jobs run with no user signed in; this lets them call services that need an authenticated caller. */
public final class SystemTask {

    private SystemTask() {}

    public static <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                "system", null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM")));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
