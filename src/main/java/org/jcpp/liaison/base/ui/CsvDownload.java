package org.jcpp.liaison.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.Function;
import org.jcpp.liaison.base.ExportText;

/** A "Download as CSV" link for a list: the export runs when clicked, in the language of the page. */
public final class CsvDownload {

    private CsvDownload() {}

    public static Anchor anchor(Component owner, String fileName, Function<ExportText, byte[]> export) {
        Locale locale = Formats.locale();
        var anchor = new Anchor(
                (DownloadHandler) event -> {
                    byte[] bytes = export.apply(new ExportText(key -> owner.getTranslation(locale, key)));
                    event.setFileName(fileName);
                    event.getResponse().setContentType("text/csv; charset=UTF-8");
                    event.getOutputStream().write(bytes);
                },
                AttachmentType.DOWNLOAD,
                owner.getTranslation("export.csv"));
        anchor.addClassName("csv-download");
        return anchor;
    }
}
