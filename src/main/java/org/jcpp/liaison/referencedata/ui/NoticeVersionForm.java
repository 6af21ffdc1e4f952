package org.jcpp.liaison.referencedata.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.time.Clock;
import java.time.LocalDate;
import org.jcpp.liaison.base.ui.DateField;
import org.jcpp.liaison.base.ui.RecordForm;
import org.jcpp.liaison.referencedata.NoticeVersionData;

/** A new notice version: its name and the day it is given from; the version its texts are copied from is carried. */
class NoticeVersionForm extends RecordForm<NoticeVersionData, FormLayout> {

    final TextField code = new TextField();
    final DateField inForceFrom = new DateField();

    NoticeVersionForm(long copyFromId, Clock clock) {
        super(NoticeVersionData.class);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        code.setLabel(getTranslation("notices.version.code"));
        code.setHelperText(getTranslation("notices.version.code.help"));
        code.setMaxLength(NoticeVersionData.CODE_MAX);
        required(code, "code");
        inForceFrom.setLabel(getTranslation("notices.version.in-force-from"));
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        inForceFrom.setMin(tomorrow);
        inForceFrom.setHelperText(getTranslation("notices.version.in-force-from.help"));
        required(inForceFrom, "inForceFrom");
        binder.forField(new ReadOnlyHasValue<Long>(v -> {})).bind("copyFromId");
        getContent().add(new Paragraph(getTranslation("notices.new-version.intro")), code, inForceFrom);
        binder.readRecord(new NoticeVersionData("", null, copyFromId));
    }
}
