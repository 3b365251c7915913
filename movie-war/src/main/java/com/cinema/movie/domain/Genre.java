package com.cinema.movie.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The fixed genre vocabulary of the catalogue; a movie has one or more. */
public enum Genre {
    ACTION("Action"),
    ADVENTURE("Adventure"),
    ANIMATION("Animation"),
    COMEDY("Comedy"),
    CRIME("Crime"),
    DOCUMENTARY("Documentary"),
    DRAMA("Drama"),
    FAMILY("Family"),
    FANTASY("Fantasy"),
    HORROR("Horror"),
    MUSICAL("Musical"),
    MYSTERY("Mystery"),
    ROMANCE("Romance"),
    SCIENCE_FICTION("Science Fiction"),
    THRILLER("Thriller");

    private final String displayName;

    Genre(String displayName) {
        this.displayName = displayName;
    }

    /** The name shown to people and used on the wire, e.g. "Science Fiction". */
    public String displayName() {
        return displayName;
    }

    /** Finds a genre by its display name or constant name, ignoring case. */
    public static Optional<Genre> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim();
        return Arrays.stream(values())
                .filter(g -> g.displayName.equalsIgnoreCase(wanted) || g.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static List<String> displayNames() {
        return Arrays.stream(values()).map(Genre::displayName).toList();
    }
}
