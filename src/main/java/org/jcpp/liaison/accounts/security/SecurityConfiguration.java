package org.jcpp.liaison.accounts.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.jcpp.liaison.accounts.domain.UserAccountRepository;
import org.jcpp.liaison.base.web.SecurityHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** Vaadin's security setup with our login view; accounts and password hashes live in the database. */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    /** Where signing out lands: the sign-in page, saying that the person is signed out. */
    static final String SIGNED_OUT = "/login?signed-out";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            RequestUtil requestUtil,
            UserAccountRepository accounts,
            AccountSessions accountSessions,
            SignInGuard signInGuard,
            ObjectProvider<ClientRegistrationRepository> signOn,
            SsoSignIn ssoSignIn,
            SsoRefused ssoRefused)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/actuator/health",
                        "/actuator/health/**",
                        "/styles/**",
                        "/lumo/**",
                        "/icons/**",
                        // a calendar program fetches the feed without a session: the secret in the address is the key
                        "/calendar/*.ics",
                        // a mail's unsubscribe link works without a sign-in: its signed token is the key (one person,
                        // one list); a mail program posts to it directly (RFC 8058 one-click)
                        "/mail/unsubscribe",
                        // a survey's public page: residents answer without an account (no session is made for them)
                        "/s/**",
                        // the partnership's public page (when an admin published it): figures only, no session
                        "/partnership")
                .permitAll());
        // written before Vaadin handles the request: Vaadin's page responses otherwise go out without them
        http.headers(headers -> {
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny());
        });
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        // Every request checks the account's current state in the database (any node's change applies at once).
        http.addFilterAfter(new AccountStateFilter(accounts, accountSessions), SecurityContextHolderFilter.class);
        // Sign-in CSRF: Vaadin's own configuration exempts the login page from Spring's CSRF check; here only Vaadin's
        // internal requests are exempt (they carry Vaadin's own token), so the sign-in form must send the token of
        // its session (vaadin-login-form reads it from the page's _csrf meta tags), and a POST from another site is
        // refused before that.
        var providers = signOn.getIfAvailable();
        if (providers != null) {
            // sign-on with the organisation's provider: authorization code flow; Spring Security checks the state,
            // the nonce and the id token; PKCE is added for confidential clients too
            var requests = new DefaultOAuth2AuthorizationRequestResolver(
                    providers, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(ssoSignIn))
                    .failureHandler(ssoRefused));
        }
        // signing out ends the app's session and lands on the sign-in page, which says so; a person signed in
        // through the provider is first sent to the provider's end-session endpoint (RP-initiated logout) when it
        // has one, which sends them back there
        SimpleUrlLogoutSuccessHandler signedOut;
        if (providers != null) {
            var endAtProvider = new OidcClientInitiatedLogoutSuccessHandler(providers);
            endAtProvider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
            signedOut = endAtProvider;
        } else {
            signedOut = new SimpleUrlLogoutSuccessHandler();
        }
        signedOut.setDefaultTargetUrl(SIGNED_OUT);
        // a sign-out clicked in the app is a Vaadin request: the redirect must be one the Vaadin client follows
        signedOut.setRedirectStrategy(new UidlRedirectStrategy());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView("/login")
                .logoutSuccessHandler(signedOut)
                .enableCsrfConfiguration(false)
                // any other address a signed-in user types reaches Vaadin, which shows its not-found page (Vaadin's
                // default denies it with a bare 403); every view still declares who may open it
                .anyRequest(url -> url.authenticated()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                // the signed token in the address is what authorises it (a mail program's one-click POST has no
                // session)
                .ignoringRequestMatchers(
                        org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.POST, "/mail/unsubscribe"))
                // a survey's public form: anonymous, no session to ride on; the throttle and honeypot guard it
                .ignoringRequestMatchers(
                        org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults()
                                .matcher(org.springframework.http.HttpMethod.POST, "/s/*"))
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(new SignInFormExpired());
                        return filter;
                    }
                }));
        http.addFilterBefore(new CrossSiteFormFilter(), CsrfFilter.class);
        // wrong passwords slow down their source address, never lock the account (see SignInThrottle)
        http.addFilterBefore(signInGuard.filter(), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    /** bcrypt today, with the algorithm named in each hash ({bcrypt}...) so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
