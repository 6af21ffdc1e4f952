package org.jcpp.liaison.training;

/** Who a training topic is for. */
public enum TrainingAudience {
    ALL_OFFICERS,
    PATROL,
    RECRUITS,
    SUPERVISORS,
    INVESTIGATORS,
    DISPATCH,
    FRONT_DESK
}
