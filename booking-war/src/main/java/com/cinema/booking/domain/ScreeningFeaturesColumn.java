package com.cinema.booking.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A showtime's features as one column (V17): their names in declaration order, comma-separated, '' for none. The
 * same set always writes the same text, so an unchanged set never dirties the row. (A plain column with this
 * mapping rather than a JPA AttributeConverter: Hibernate asks Liberty's CDI for converters while the persistence
 * unit starts, before CDI is ready, and the unit fails.)
 */
public final class ScreeningFeaturesColumn {

    private ScreeningFeaturesColumn() {
    }

    /**
     * The column of the showtime aliased {@code alias} between commas (JPQL), for a {@code like} against
     * {@link #holding}: ",SUBTITLED,RELAXED," holds ",RELAXED,".
     */
    public static String delimited(String alias) {
        return "concat(',', " + alias + ".features, ',')";
    }

    /** The {@code like} pattern of a column holding {@code feature} among others, against {@link #delimited}. */
    public static String holding(ScreeningFeature feature) {
        return "%," + feature.name() + ",%";
    }

    static String text(Set<ScreeningFeature> features) {
        if (features == null || features.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(features).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    static EnumSet<ScreeningFeature> features(String column) {
        EnumSet<ScreeningFeature> features = EnumSet.noneOf(ScreeningFeature.class);
        if (column != null && !column.isBlank()) {
            // A name this version does not know (written by a newer one) is skipped, not a failure to read the row.
            Arrays.stream(column.split(",")).map(String::trim)
                    .flatMap(name -> Arrays.stream(ScreeningFeature.values()).filter(f -> f.name().equals(name)))
                    .forEach(features::add);
        }
        return features;
    }
}
