package org.jcpp.liaison;

/**
 * The main class of the jar a plain {@code ./mvnw package} builds: that jar holds only the app's own classes (it is a
 * development build), so {@code java -jar} explains how to build the runnable one instead of failing later with a
 * cryptic error. The production profile's jar starts {@link Application}.
 */
public final class NotRunnable {

    private NotRunnable() {}

    public static void main(String[] args) {
        System.err.println("""
                This jar is a development build and cannot run on its own.
                Build the runnable jar with:  ./mvnw -Pproduction -DskipTests package
                (or start the app for development with:  ./mvnw spring-boot:run)""");
        System.exit(2);
    }
}
