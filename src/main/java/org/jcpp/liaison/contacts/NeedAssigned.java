package org.jcpp.liaison.contacts;

/**
 * A need was given to an owner by someone else (logged for them, or moved to them): published inside the change's
 * transaction, so a listener's own rows commit with it or not at all. Carries only what a reminder may say.
 */
public record NeedAssigned(long needId, long version, long ownerId, long byId, NeedCategory category, long cityId) {}
