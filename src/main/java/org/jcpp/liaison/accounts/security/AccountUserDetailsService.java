package org.jcpp.liaison.accounts.security;

import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts from the database for sign-in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SsoSettings signOn;

    AccountUserDetailsService(UserAccountRepository accounts, SsoSettings signOn) {
        this.accounts = accounts;
        this.signOn = signOn;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                // an account made at a sign-on has no password: it signs in only through the provider
                .filter(a -> !a.getPasswordHash().isEmpty())
                // with local passwords off, a break-glass name signs in only if its account is an admin's
                .filter(a -> !signOn.only() || a.getRole() == org.jcpp.liaison.accounts.Role.ADMIN)
                .map(a -> new AccountPrincipal(
                        a.requireId(),
                        a.getUsername(),
                        a.getPasswordHash(),
                        a.getRole(),
                        a.isEnabled(),
                        a.getSecurityStamp(),
                        a.isMustChangePassword()))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
