package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.referencedata.NamedRef;
import org.jcpp.liaison.referencedata.PartnerKind;
import org.jcpp.liaison.referencedata.ReferenceItem;
import org.jcpp.liaison.referencedata.ReferenceItemData;
import org.jcpp.liaison.referencedata.ReferenceKind;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one reference entry, bound to a {@link ReferenceItemData} record by its component names: its name,
 * and the kind of a partner, the city of a police department or the ISO 639-3 code of a language. The entry's id and version are carried, not shown.
 */
class ReferenceItemDataForm extends RecordForm<ReferenceItemData, FormLayout> {

    final TextField name = new TextField();
    final Select<PartnerKind> partnerKind = new Select<>();
    final ComboBox<NamedRef> city = new ComboBox<>();
    final TextField code = new TextField();

    private final ReadOnlyHasValue<Long> id = new ReadOnlyHasValue<>(v -> {});
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> {});
    private final List<NamedRef> cities;

    /** A form for an entry of the kind; the cities are the active member cities a department may belong to. */
    ReferenceItemDataForm(ReferenceKind kind, List<NamedRef> cities) {
        super(ReferenceItemData.class);
        this.cities = new ArrayList<>(cities);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        bindName(kind);
        bindPartnerKind(kind == ReferenceKind.PARTNER);
        bindCity(kind == ReferenceKind.DEPARTMENT);
        bindCode(kind == ReferenceKind.LANGUAGE);
        binder.forField(id).bind("id");
        binder.forField(version).bind("version");
        binder.readRecord(new ReferenceItemData(null, 0, "", null, null, null));
    }

    private void bindName(ReferenceKind kind) {
        name.setLabel(getTranslation("reference.name"));
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("validation.at-most", kind.nameMax()));
        binder.forField(name)
                .asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long-n", kind.nameMax()), 0, kind.nameMax()))
                .bind("name");
        getContent().add(name);
    }

    /** Every component is bound (the record needs them all); only a partner shows and requires its kind. */
    private void bindPartnerKind(boolean shown) {
        partnerKind.setLabel(getTranslation("reference.partner-kind"));
        partnerKind.setItems(Arrays.asList(PartnerKind.values()));
        partnerKind.setItemLabelGenerator(k -> getTranslation("partner-kind." + k));
        var binding = binder.forField(partnerKind);
        if (shown) {
            binding.asRequired(getTranslation("validation.required"));
            getContent().add(partnerKind);
        }
        binding.bind("partnerKind");
    }

    private void bindCity(boolean shown) {
        city.setLabel(getTranslation("reference.city"));
        city.setItems(cities);
        city.setItemLabelGenerator(NamedRef::name);
        var binding = binder.forField(city);
        if (shown) {
            binding.asRequired(getTranslation("validation.required"));
            getContent().add(city);
        }
        binding.withConverter(new CityId()).bind("cityId");
    }

    /** A language's ISO 639-3 code: three letters, kept in lower case however typed. */
    private void bindCode(boolean shown) {
        code.setLabel(getTranslation("reference.code"));
        code.setHelperText(getTranslation("reference.code.help"));
        code.setMaxLength(3);
        code.setWidth("8em");
        var binding = binder.forField(code);
        if (shown) {
            binding.asRequired(getTranslation("validation.required"));
            getContent().add(code);
        }
        binding.withConverter(
                        typed -> typed == null || typed.isBlank()
                                ? null
                                : typed.strip().toLowerCase(Locale.ROOT),
                        stored -> stored == null ? "" : stored)
                .bind("code");
    }

    /** Shows a stored entry. */
    void read(ReferenceItem item) {
        Long cityId = item.cityId();
        if (cityId != null && cities.stream().noneMatch(c -> c.id() == cityId)) {
            cities.add(new NamedRef(cityId, String.valueOf(item.cityName()))); // an inactive city stays shown
            city.setItems(cities);
        }
        binder.readRecord(new ReferenceItemData(
                item.id(), item.version(), item.name(), item.partnerKind(), item.cityId(), item.code()));
    }

    /** The city chosen (by name) as the record's city id; a stored id shows as its city among those offered. */
    private final class CityId implements Converter<NamedRef, Long> {

        @Override
        public Result<Long> convertToModel(@Nullable NamedRef value, ValueContext context) {
            return Result.ok(value == null ? null : value.id());
        }

        @Override
        public @Nullable NamedRef convertToPresentation(@Nullable Long cityId, ValueContext context) {
            return cityId == null
                    ? null
                    : cities.stream().filter(c -> c.id() == cityId).findFirst().orElse(null);
        }
    }
}
