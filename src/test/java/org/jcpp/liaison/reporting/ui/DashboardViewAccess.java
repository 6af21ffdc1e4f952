package org.jcpp.liaison.reporting.ui;

import java.util.List;
import org.jcpp.liaison.reporting.SurveyTrend;

/** Lets tests of other modules open the dashboard and read its survey table. */
public final class DashboardViewAccess {

    private DashboardViewAccess() {}

    public static Class<? extends com.vaadin.flow.component.Component> type() {
        return DashboardView.class;
    }

    public static List<SurveyTrend> surveyRows(com.vaadin.flow.component.Component dashboard) {
        return ((DashboardView) dashboard)
                .surveyTrend
                .getListDataView()
                .getItems()
                .toList();
    }
}
