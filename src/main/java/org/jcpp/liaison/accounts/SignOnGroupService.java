package org.jcpp.liaison.accounts;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.jcpp.liaison.accounts.domain.SignOnGroup;
import org.jcpp.liaison.accounts.domain.SignOnGroupRepository;
import org.jcpp.liaison.audit.AuditedChanges;
import org.jcpp.liaison.base.InvalidInputException;
import org.jcpp.liaison.base.RecordNotFoundException;
import org.jcpp.liaison.base.RecordType;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The mapping from the groups of the organisation's sign-on to roles and member cities, which admins keep. Applied at
 * every sign-on (see the README's "Sign-on"); every change is audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class SignOnGroupService {

    private final SignOnGroupRepository groups;
    private final AuditedChanges changes;
    private final ReferenceDataService referenceData;

    SignOnGroupService(SignOnGroupRepository groups, AuditedChanges changes, ReferenceDataService referenceData) {
        this.groups = groups;
        this.changes = changes;
        this.referenceData = referenceData;
    }

    /** One page of the mappings, by group name: one statement. */
    public List<SignOnGroupRow> rows(Pageable pageable) {
        var sorted = pageable.getSort().isSorted()
                ? pageable
                : org.springframework.data.domain.PageRequest.of(
                        pageable.getPageNumber(), Math.max(1, pageable.getPageSize()), Sort.by("groupName"));
        return groups.findAll(sorted).map(SignOnGroupService::toRow).getContent();
    }

    public long count() {
        return groups.count();
    }

    @Transactional
    public SignOnGroupRow save(@Valid SignOnGroupData data) {
        check(data);
        if (data.id() == null) {
            return toRow(changes.create(
                    RecordType.SIGN_ON_GROUP, new SignOnGroup(), g -> apply(g, data), AuditedChanges::noPerson));
        }
        var group = load(data.id());
        return toRow(changes.update(
                RecordType.SIGN_ON_GROUP, group, data.version(), g -> apply(g, data), AuditedChanges::noPerson));
    }

    @Transactional
    public void delete(long id, long version) {
        changes.delete(RecordType.SIGN_ON_GROUP, load(id), version, AuditedChanges::noPerson);
    }

    private void check(SignOnGroupData data) {
        boolean taken = data.id() == null
                ? groups.existsByGroupNameIgnoreCase(data.groupName().strip())
                : groups.existsByGroupNameIgnoreCaseAndIdNot(data.groupName().strip(), data.id());
        if (taken) {
            throw new InvalidInputException("groupName", "sign-on.group.taken");
        }
        if (data.role() == Role.PENDING) {
            throw new InvalidInputException("role", "validation.unknown-choice");
        }
        if (!referenceData.names(ReferenceKind.CITY).keySet().containsAll(data.cityIds())) {
            throw new InvalidInputException("cityIds", "validation.unknown-choice");
        }
    }

    private static void apply(SignOnGroup group, SignOnGroupData data) {
        group.setGroupName(data.groupName());
        group.setRole(data.role());
        group.setAllCities(data.allCities());
        group.setCityIds(Set.copyOf(data.cityIds()));
    }

    private SignOnGroup load(long id) {
        return groups.findById(id).orElseThrow(() -> new RecordNotFoundException(RecordType.SIGN_ON_GROUP, id));
    }

    private static SignOnGroupRow toRow(SignOnGroup g) {
        return new SignOnGroupRow(
                g.requireId(),
                g.getVersion(),
                g.getGroupName(),
                g.getRole(),
                g.isAllCities(),
                Set.copyOf(g.getCityIds()));
    }
}
