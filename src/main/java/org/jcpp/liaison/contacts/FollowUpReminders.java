package org.jcpp.liaison.contacts;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the morning's reminders (a system job, not a person): the open needs due on a day, with their owner, category
 * and city only. One statement (the need's due-date index).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('SYSTEM')")
public class FollowUpReminders {

    private final EntityManager entityManager;

    FollowUpReminders(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<NeedDue> openDueOn(LocalDate day) {
        return entityManager
                .createQuery(
                        "select new org.jcpp.liaison.contacts.NeedDue(n.id, n.ownerId, n.category,"
                                + " n.cityId) from Need n where n.dueOn = :day and n.status in :open order by n.id",
                        NeedDue.class)
                .setParameter("day", day)
                .setParameter("open", NeedStatus.OPEN_STATUSES)
                .getResultList();
    }
}
