package org.jcpp.liaison.committees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.jcpp.liaison.base.Roles;
import org.jcpp.liaison.base.ui.Addresses;
import org.jcpp.liaison.base.ui.Confirmations;
import org.jcpp.liaison.base.ui.FormActions;
import org.jcpp.liaison.base.ui.KeepsDrafts;
import org.jcpp.liaison.base.ui.Notices;
import org.jcpp.liaison.base.ui.OpensOnFirstField;
import org.jcpp.liaison.base.ui.Records;
import org.jcpp.liaison.base.ui.SaveButton;
import org.jcpp.liaison.base.ui.WordingCheck;
import org.jcpp.liaison.committees.CommitteeDetails;
import org.jcpp.liaison.committees.CommitteeService;
import org.jcpp.liaison.committees.MemberDetails;
import org.jcpp.liaison.referencedata.ReferenceDataService;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * A committee member ({@code committees/member/ID}: reading their contact details is audited) or a new one
 * ({@code committees/member?committee=ID}).
 */
@Route("committees/member")
@RolesAllowed({Roles.LIAISON, Roles.COORDINATOR})
class MemberFormView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, OpensOnFirstField, KeepsDrafts {

    final H2 title = new H2();
    final MemberDataForm form;
    final Button save = new SaveButton("", this::save);
    final Button remove = new Button();

    private final CommitteeService committees;
    private @Nullable CommitteeDetails committee;
    private @Nullable MemberDetails editing;

    MemberFormView(CommitteeService committees, ReferenceDataService referenceData, Clock clock) {
        this.committees = committees;
        form = new MemberDataForm(referenceData.names(ReferenceKind.LANGUAGE), clock);
        addClassName("member-form-view");
        setMaxWidth("50rem");
        var privacy = new Paragraph(getTranslation("committees.member.privacy"));
        privacy.addClassName("status-badge");
        remove.setText(getTranslation("committees.member.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(e -> confirmRemove());
        remove.setVisible(false);
        var buttons = FormActions.buttons(this, save, "committees.member.save", this::leave, remove);
        buttons.getStyle().set("flex-wrap", "wrap");
        add(title, privacy, form, buttons);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id != null) {
            editing = Records.orNotFound(event, () -> committees.member(id)).orElse(null);
            if (editing == null) {
                return;
            }
            committee = committees.get(editing.committeeId());
            form.read(editing.data());
            remove.setVisible(true);
            if (editing.erased()) { // retention removed who they were: nothing left to change
                form.getContent().getChildren().forEach(field -> {
                    if (field instanceof com.vaadin.flow.component.HasValue<?, ?> value) {
                        value.setReadOnly(true);
                    }
                });
                form.fullName.setValue(getTranslation("committees.member.erased-name"));
                save.setVisible(false);
            }
        } else {
            var committeeId = Addresses.longParameter(event.getLocation(), "committee");
            if (committeeId.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            committee = Records.orNotFound(event, () -> committees.get(committeeId.get()))
                    .orElse(null);
        }
        title.setText(getPageTitle());
    }

    private void save() {
        var chosen = committee;
        if (chosen == null) {
            return;
        }
        form.write()
                .ifPresentOrElse(
                        data -> WordingCheck.thenSave(
                                this,
                                List.of(data.fullName(), data.speaksFor()),
                                () -> FormActions.send(
                                        this,
                                        form.fields(),
                                        () -> editing == null
                                                ? committees.addMember(chosen.id(), data)
                                                : committees.updateMember(editing.id(), editing.version(), data),
                                        "committees.member.saved",
                                        saved ->
                                                getUI().ifPresent(ui -> ui.navigate(CommitteeView.class, chosen.id()))),
                                form.speaksFor::focus),
                        () -> Notices.error(getTranslation("error.check-input")));
    }

    private void confirmRemove() {
        var member = editing;
        if (member == null) {
            return;
        }
        Confirmations.confirm(
                this,
                "committees.member.remove",
                "committees.member.remove.text",
                "committees.member.remove",
                () -> committees.removeMember(member.id(), member.version()),
                "committees.member.removed",
                () -> getUI().ifPresent(ui -> ui.navigate(CommitteeView.class, member.committeeId())));
    }

    private void leave() {
        var chosen = committee;
        getUI().ifPresent(ui -> {
            if (chosen == null) {
                ui.navigate(CommitteeListView.class);
            } else {
                ui.navigate(CommitteeView.class, chosen.id());
            }
        });
    }

    @Override
    public @Nullable Long draftRecordVersion() {
        return editing == null ? null : editing.version();
    }

    @Override
    public String getPageTitle() {
        String committeeName = committee == null ? "" : committee.name();
        if (editing == null) {
            return getTranslation("committees.member.new", committeeName);
        }
        String name = editing.erased()
                ? getTranslation("committees.member.erased-name")
                : editing.data().fullName();
        return getTranslation("committees.member.title", name, committeeName);
    }
}
