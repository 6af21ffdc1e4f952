package org.jcpp.liaison.accounts.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The organisation's provider as Spring Security's OAuth2 client knows it, read from the provider's discovery
 * document at startup (so a wrong issuer stops the app with a clear error rather than failing at the first sign-in).
 * Only when {@code liaison.sso.issuer} is set.
 */
@Configuration
@ConditionalOnExpression("!'${liaison.sso.issuer:}'.isBlank()")
class SsoConfiguration {

    /** The registration's id: the sign-in button goes to /oauth2/authorization/sso, the provider back to /login/oauth2/code/sso. */
    static final String REGISTRATION = "sso";

    @Bean
    ClientRegistrationRepository clientRegistrations(SsoSettings settings) {
        var builder = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(REGISTRATION)
                .clientId(settings.clientId())
                .scope("openid", "profile", "email")
                .clientName(settings.label());
        if (settings.clientSecret().isEmpty()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(settings.clientSecret());
        }
        ClientRegistration registration = builder.build();
        return new InMemoryClientRegistrationRepository(registration);
    }
}
