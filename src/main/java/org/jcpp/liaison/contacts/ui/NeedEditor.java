package org.jcpp.liaison.contacts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcpp.liaison.accounts.UserRef;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.Formats;
import org.jcpp.liaison.contacts.ContactLimits;
import org.jcpp.liaison.contacts.FollowUpWindow;
import org.jcpp.liaison.contacts.NeedCategory;
import org.jcpp.liaison.contacts.NeedData;
import org.jcpp.liaison.contacts.PersonData;
import org.jcpp.liaison.contacts.ReferralConsent;
import org.jcpp.liaison.referencedata.DataUseNotice;
import org.jcpp.liaison.referencedata.Labels;
import org.jcpp.liaison.referencedata.LanguageNames;
import org.jcpp.liaison.referencedata.NoticeTextRow;
import org.jcpp.liaison.referencedata.ReferenceKind;

/**
 * One need in the quick-log form: what it is, who owns it and by when, an optional referral, and (only if the follow-up
 * must reach someone) the person's name and how to reach them.
 */
class NeedEditor extends Div {

    final Select<NeedCategory> category = new Select<>();
    final TextArea description = new TextArea();
    final ComboBox<UserRef> owner = new ComboBox<>();
    final DateField dueOn = new DateField();
    final ComboBox<Long> referralPartner = new ComboBox<>();
    final RadioButtonGroup<ReferralConsent> consent = new RadioButtonGroup<>();
    final Checkbox named = new Checkbox();
    final TextField personName = new TextField();
    final ComboBox<Long> personLanguage = new ComboBox<>();
    final TextField reachBy = new TextField();
    final TextField address = new TextField();
    final Select<String> noticeLanguage = new Select<>();
    final Details notice = new Details();
    final Button remove = new Button();
    private final FormLayout personFields;
    private final Paragraph noticeText = new Paragraph();
    private final Paragraph script = new Paragraph();
    /** Shown when the chosen text is a draft no native speaker has reviewed. */
    final Span draftWarning = new Span();

    private final DataUseNotice dataUseNotice;
    private final Labels labels;
    /** True once the liaison picked the notice language themselves: the preferred language no longer moves it. */
    private boolean noticeLanguageChosen;

    private boolean following;

    NeedEditor(int number, Labels labels, DataUseNotice dataUseNotice, Runnable onRemove) {
        addClassName("need-editor");
        var title = new H3(getTranslation("need.number", number));

        category.setLabel(getTranslation("need.category"));
        category.setItems(NeedCategory.values());
        category.setItemLabelGenerator(value -> Formats.enumLabel(this, value));
        category.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("need.description"));
        description.setRequiredIndicatorVisible(true);
        description.setHelperText(getTranslation("need.description.help"));
        owner.setLabel(getTranslation("need.owner"));
        owner.setItemLabelGenerator(UserRef::displayName);
        owner.setHelperText(getTranslation("need.owner.help"));
        dueOn.setLabel(getTranslation("need.due"));
        referralPartner.setLabel(getTranslation("need.referral"));
        referralPartner.setItems(labels.offered(ReferenceKind.PARTNER, List.of()));
        referralPartner.setItemLabelGenerator(id -> labels.partners.getOrDefault(id, ""));
        referralPartner.setClearButtonVisible(true);
        consent.setLabel(getTranslation("need.consent"));
        consent.setItems(ReferralConsent.values());
        consent.setItemLabelGenerator(value -> Formats.enumLabel(this, value));
        consent.setVisible(false);
        referralPartner.addValueChangeListener(e -> consent.setVisible(e.getValue() != null));

        named.setLabel(getTranslation("need.named"));
        personName.setLabel(getTranslation("person.name"));
        personLanguage.setLabel(getTranslation("person.language"));
        personLanguage.setItems(labels.offered(ReferenceKind.LANGUAGE, List.of()));
        personLanguage.setItemLabelGenerator(id -> labels.languages.getOrDefault(id, ""));
        reachBy.setLabel(getTranslation("person.reach-by"));
        reachBy.setHelperText(getTranslation("person.reach-by.help"));
        address.setLabel(getTranslation("person.address"));
        address.setHelperText(getTranslation("person.address.help"));
        this.dataUseNotice = dataUseNotice;
        this.labels = labels;
        noticeLanguage.setLabel(getTranslation("person.notice"));
        noticeLanguage.setItems(noticeChoices());
        noticeLanguage.setItemLabelGenerator(this::noticeLabel);
        noticeLanguage.setHelperText(getTranslation("person.notice.help", dataUseNotice.code()));
        personName.setRequiredIndicatorVisible(true);
        reachBy.setRequiredIndicatorVisible(true);
        noticeLanguage.setRequiredIndicatorVisible(true);
        var ui = com.vaadin.flow.component.UI.getCurrent();
        String uiLanguage = (ui == null ? java.util.Locale.ENGLISH : ui.getLocale()).getISO3Language();
        noticeLanguage.setValue(dataUseNotice.text(uiLanguage).isPresent() ? uiLanguage : null);
        noticeLanguage.addValueChangeListener(e -> {
            noticeLanguageChosen |= !following;
            showNotice(e.getValue());
        });
        personLanguage.addValueChangeListener(e -> {
            String follows = e.getValue() == null
                    ? null
                    : java.util.Objects.requireNonNullElse(
                            dataUseNotice.forLanguage(labels.languageCodes.get(e.getValue())), DataUseNotice.ORAL);
            if (!noticeLanguageChosen && follows != null) {
                following = true;
                noticeLanguage.setValue(follows);
                following = false;
            }
        });
        draftWarning.setText(getTranslation("person.notice.draft-warning"));
        draftWarning.addClassName("notice-draft-warning");
        draftWarning.getElement().getThemeList().add("badge warning");
        draftWarning.getElement().setAttribute("role", "status");
        notice.setSummaryText(getTranslation("person.notice.read"));
        script.addClassName("notice-script");
        noticeText.addClassName("notice-text");
        noticeText.getStyle().set("font-style", "italic");
        notice.add(script, noticeText);
        notice.addClassName("data-use-notice");
        notice.setWidthFull();
        showNotice(noticeLanguage.getValue());
        personFields =
                new FormLayout(personName, personLanguage, reachBy, address, noticeLanguage, draftWarning, notice);
        personFields.setColspan(notice, 2);
        personFields.setColspan(draftWarning, 2);
        personFields.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        personFields.setVisible(false);
        var privacy = new Paragraph(getTranslation("need.named.privacy"));
        privacy.addClassName("privacy-note");
        privacy.setVisible(false);
        named.addValueChangeListener(e -> {
            personFields.setVisible(e.getValue());
            privacy.setVisible(e.getValue());
        });

        remove.setText(getTranslation("need.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("need.remove-number", number));
        remove.addClickListener(e -> onRemove.run());

        var fields = new FormLayout(category, owner, description, dueOn, referralPartner, consent);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        fields.setColspan(description, 2);
        add(title, fields, named, privacy, personFields, remove);
    }

    /** The version's languages in the reader's alphabetical order, then the notice read aloud through an interpreter. */
    private List<String> noticeChoices() {
        var collator = java.text.Collator.getInstance(getLocale());
        var choices = new java.util.ArrayList<>(dataUseNotice.texts().stream()
                .map(NoticeTextRow::languageCode)
                .sorted((a, b) -> collator.compare(labels.languageOfCode(a), labels.languageOfCode(b)))
                .toList());
        choices.add(DataUseNotice.ORAL);
        return choices;
    }

    private String noticeLabel(String choice) {
        if (DataUseNotice.ORAL.equals(choice)) {
            return getTranslation("person.notice.oral");
        }
        String name = labels.languageOfCode(choice);
        return dataUseNotice.text(choice).filter(NoticeTextRow::reviewed).isPresent()
                ? name
                : getTranslation("person.notice.draft-choice", name);
    }

    /**
     * The chosen text, marked with its language for a screen reader; a draft with its warning. Read aloud through an
     * interpreter: the text in the liaison's interface language where it is reviewed, else the English one.
     */
    private void showNotice(@org.jspecify.annotations.Nullable String choice) {
        var chosen = choice == null || DataUseNotice.ORAL.equals(choice)
                ? java.util.Optional.<NoticeTextRow>empty()
                : dataUseNotice.text(choice);
        var shown = chosen.or(
                        () -> dataUseNotice.text(getLocale().getISO3Language()).filter(NoticeTextRow::reviewed))
                .or(() -> dataUseNotice.text("eng"))
                .or(() -> dataUseNotice.texts().stream().findFirst());
        script.setText(getTranslation(chosen.isPresent() ? "person.notice.script-written" : "person.notice.script"));
        noticeText.setText(shown.map(NoticeTextRow::text).orElse(""));
        noticeText.getElement().removeAttribute("lang");
        shown.ifPresent(t -> noticeText.getElement().setAttribute("lang", LanguageNames.tag(t.languageCode())));
        draftWarning.setVisible(chosen.isPresent() && !chosen.get().reviewed());
    }

    /** Offers only the days a follow-up may be due (the service checks again). */
    void limitDueOn(FollowUpWindow window) {
        dueOn.setMin(window.earliest());
        dueOn.setMax(window.latest());
    }

    void setOwners(List<UserRef> colleagues, UserRef defaultOwner) {
        owner.setItems(colleagues);
        if (owner.getValue() == null || !colleagues.contains(owner.getValue())) {
            owner.setValue(colleagues.contains(defaultOwner) ? defaultOwner : null);
        }
    }

    /** Marks missing and over-long fields; true when the need can be sent. */
    boolean validate() {
        boolean ok = require(category, category.getValue() != null);
        ok &= dueOn.checkInput();
        ok &= require(description, !description.getValue().isBlank())
                && limit(description, ContactLimits.NEED_TEXT_MAX, "need.text.too-long");
        if (named.getValue()) {
            ok &= require(personName, !personName.getValue().isBlank())
                    && limit(personName, ContactLimits.PERSON_NAME_MAX, "person.name.too-long");
            ok &= require(reachBy, !reachBy.getValue().isBlank())
                    && limit(reachBy, ContactLimits.REACH_BY_MAX, "person.reach-by.too-long");
            ok &= limit(address, ContactLimits.ADDRESS_MAX, "person.address.too-long");
            ok &= require(noticeLanguage, noticeLanguage.getValue() != null);
        }
        if (referralPartner.getValue() != null) {
            ok &= require(consent, consent.getValue() != null);
        }
        return ok;
    }

    private <F extends com.vaadin.flow.component.HasValue<?, String> & HasValidation> boolean limit(
            F field, int max, String key) {
        boolean ok = field.getValue().length() <= max;
        if (!ok) {
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
        }
        return ok;
    }

    private boolean require(HasValidation field, boolean present) {
        field.setInvalid(!present);
        if (!present) {
            field.setErrorMessage(getTranslation("validation.required"));
        }
        return present;
    }

    NeedData toData() {
        return new NeedData(
                category.getValue(),
                description.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(),
                dueOn.getValue(),
                referralPartner.getValue(),
                referralPartner.getValue() == null ? null : consent.getValue(),
                named.getValue()
                        ? new PersonData(
                                personName.getValue(),
                                personLanguage.getValue(),
                                reachBy.getValue(),
                                address.getValue(),
                                noticeLanguage.getValue(),
                                dataUseNotice.code())
                        : null);
    }

    /** The fields by the names the service uses, under {@code prefix} (e.g. {@code needs[0].}). */
    Map<String, HasValidation> fields(String prefix) {
        var fields = new HashMap<String, HasValidation>();
        fields.put(prefix + "category", category);
        fields.put(prefix + "description", description);
        fields.put(prefix + "ownerId", owner);
        fields.put(prefix + "dueOn", dueOn);
        fields.put(prefix + "referralConsent", consent);
        fields.put(prefix + "person.name", personName);
        fields.put(prefix + "person.reachBy", reachBy);
        fields.put(prefix + "person.address", address);
        fields.put(prefix + "person.noticeLanguage", noticeLanguage);
        return fields;
    }

    /** The free text of this need, for the wording check. */
    List<String> texts() {
        return List.of(description.getValue(), personName.getValue(), reachBy.getValue(), address.getValue());
    }
}
