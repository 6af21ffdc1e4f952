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

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsernameIgnoreCase(username.strip())
                // an account made at a sign-on has no password: it signs in only through the provider
                .filter(a -> !a.getPasswordHash().isEmpty())
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
