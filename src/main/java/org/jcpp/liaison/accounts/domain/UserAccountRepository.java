package org.jcpp.liaison.accounts.domain;

import java.util.Optional;
import org.jcpp.liaison.accounts.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    /** Usernames of the accounts whose display name or username matches a lower-case LIKE pattern. */
    @Query("select a.username from UserAccount a where lower(a.displayName) like :pattern escape '\\'"
            + " or lower(a.username) like :pattern escape '\\'")
    java.util.List<String> usernamesLike(String pattern);

    boolean existsByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCaseAndIdNot(String username, Long id);

    long countByRoleAndEnabledTrue(Role role);

    @Query("select distinct a from UserAccount a left join a.cityIds c where a.enabled = true"
            + " and a.role in (org.jcpp.liaison.accounts.Role.LIAISON, org.jcpp.liaison.accounts.Role.COORDINATOR)"
            + " and (c = :cityId or (a.role = org.jcpp.liaison.accounts.Role.COORDINATOR and a.allCities = true))")
    java.util.List<UserAccount> findColleaguesIn(Long cityId, org.springframework.data.domain.Sort sort);

    @Query("select distinct a.id from UserAccount a left join a.cityIds c where a.enabled = true"
            + " and a.role = org.jcpp.liaison.accounts.Role.COORDINATOR and (a.allCities = true or c = :cityId)"
            + " order by a.id")
    java.util.List<Long> findCoordinatorIdsOf(Long cityId);

    @Query("select a.id from UserAccount a where a.enabled = true"
            + " and a.role = org.jcpp.liaison.accounts.Role.COORDINATOR order by a.id")
    java.util.List<Long> findCoordinatorIds();

    @Query("select count(a) > 0 from UserAccount a left join a.cityIds c where a.id = :accountId and a.enabled = true"
            + " and a.role in (org.jcpp.liaison.accounts.Role.LIAISON, org.jcpp.liaison.accounts.Role.COORDINATOR)"
            + " and (c = :cityId or (a.role = org.jcpp.liaison.accounts.Role.COORDINATOR and a.allCities = true))")
    boolean servesCity(Long accountId, Long cityId);

    /** The account's security stamp, if it exists and is enabled: what a session's stamp is compared with. */
    @Query(value = "select security_stamp from user_account where id = :id and enabled", nativeQuery = true)
    Optional<Long> currentSecurityStamp(long id);

    /**
     * Ends every session of the account on every app node ("sign out everywhere"): the trigger of changeset 0058 moves
     * its security stamp and signals the nodes. Leaves the version an admin may be editing alone. Returns the rows
     * changed (0: no such account).
     */
    @Modifying
    @Query(value = "update user_account set sessions_ended_at = clock_timestamp() where id = :id", nativeQuery = true)
    int endSessions(long id);

    /** Saves a user's language without touching the version an admin may be editing. */
    @Modifying
    @Query("update UserAccount a set a.preferredLocale = :locale where a.id = :id")
    void updatePreferredLocale(Long id, String locale);

    /** Accounts whose username or display name matches a lower-case LIKE pattern ({@code Conditions.containsPattern}). */
    @Query(
            value = "select a from UserAccount a where lower(a.username) like :pattern escape '\\'"
                    + " or lower(a.displayName) like :pattern escape '\\'",
            countQuery = "select count(a) from UserAccount a where lower(a.username) like :pattern escape '\\'"
                    + " or lower(a.displayName) like :pattern escape '\\'")
    Page<UserAccount> search(String pattern, Pageable pageable);
}
