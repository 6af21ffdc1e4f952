package org.jcpp.liaison.accounts.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountIdentityRepository extends JpaRepository<AccountIdentity, Long> {

    Optional<AccountIdentity> findByIssuerAndSubject(String issuer, String subject);

    boolean existsByAccountId(long accountId);
}
