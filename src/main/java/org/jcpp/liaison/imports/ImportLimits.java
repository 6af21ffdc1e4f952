package org.jcpp.liaison.imports;

/** The sizes an import takes, written once: the upload, the reader, the checks and the pages use them. */
public final class ImportLimits {

    /** The largest file taken. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The most rows a file may hold (the header not counted). */
    public static final int MAX_ROWS = 200_000;

    /** The longest row, in characters (all its cells). */
    public static final int MAX_ROW_CHARS = 100_000;

    /** The most columns a file may have. */
    public static final int MAX_COLUMNS = 200;

    /** An .xlsx unpacks to at most this much (its sheets are XML: a 50 MB workbook is a few hundred MB of it). */
    public static final long MAX_UNPACKED_BYTES = 1024L * 1024 * 1024;

    /**
     * The shared strings of an .xlsx (every distinct text of the workbook, which the reader keeps in memory as it
     * meets them) unpack to at most this much.
     */
    public static final long MAX_SHARED_STRINGS_BYTES = 128L * 1024 * 1024;

    /** A part of an .xlsx that unpacks to more than this many times its packed size is a zip bomb (as Apache POI). */
    public static final int MAX_PACKING_RATIO = 100;

    /** Rows checked and written in one go. */
    public static final int CHUNK = 1_000;

    /** The problem rows kept for the page and the download; the counts cover all of them. */
    public static final int MAX_PROBLEMS_KEPT = 10_000;

    /** The longest value kept of a problem's cell. */
    public static final int MAX_VALUE_KEPT = 500;

    /** How many sample values the mapping shows a column with. */
    public static final int SAMPLES = 3;

    /** How many different values of a column the mapping asks about at most. */
    public static final int MAX_DISTINCT_VALUES = 300;

    /** A saved mapping's longest name. */
    public static final int MAPPING_NAME_MAX = 100;

    private ImportLimits() {}
}
