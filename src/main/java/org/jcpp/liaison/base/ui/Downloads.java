package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jcpp.liaison.datapractices.ExportText;

/** Download links: the file is made when clicked, in the language of the page. */
public final class Downloads {

    private Downloads() {}

    /** "Download as CSV" for a list: {@code export} writes what the list's filters select. */
    public static Anchor csv(Component owner, String fileName, Function<ExportText, byte[]> export) {
        Locale locale = Formats.locale();
        var anchor = file(
                owner,
                "export.csv",
                () -> fileName,
                "text/csv; charset=UTF-8",
                () -> export.apply(new ExportText(key -> owner.getTranslation(locale, key))));
        anchor.addClassName("csv-download");
        return anchor;
    }

    /** A link labelled {@code labelKey} that downloads the bytes made when it is clicked. */
    public static Anchor file(
            Component owner, String labelKey, Supplier<String> fileName, String contentType, Supplier<byte[]> bytes) {
        return new Anchor(
                (DownloadHandler) event -> {
                    byte[] content = bytes.get();
                    event.setFileName(fileName.get());
                    event.getResponse().setContentType(contentType);
                    event.getOutputStream().write(content);
                },
                AttachmentType.DOWNLOAD,
                owner.getTranslation(labelKey));
    }
}
